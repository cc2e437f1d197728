package io.okrsdk.testing.perform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/** Checks an {@code Authorization: Basic ...} header against one username and API key. */
final class BasicCredentials {
  static final String NOT_PROVIDED = "Authentication credentials were not provided.";
  static final String INVALID = "Invalid username/password.";
  static final String MALFORMED = "Invalid basic header. Credentials not correctly base64 encoded.";

  private final byte[] expected;

  BasicCredentials(String username, String apiKey) {
    this.expected = (username + ":" + apiKey).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Why a request is refused.
   *
   * @param authorization the request's {@code Authorization} header, or {@code null}
   * @return the message for the 401 answer, or empty when the credentials are right
   */
  Optional<String> refusal(String authorization) {
    if (authorization == null) {
      return Optional.of(NOT_PROVIDED);
    }
    String[] parts = authorization.trim().split("\\s+");
    if (parts.length != 2 || !parts[0].equalsIgnoreCase("Basic")) {
      return Optional.of(NOT_PROVIDED);
    }
    byte[] given;
    try {
      given = Base64.getDecoder().decode(parts[1]);
    } catch (IllegalArgumentException notBase64) {
      return Optional.of(MALFORMED);
    }
    return MessageDigest.isEqual(expected, given) ? Optional.empty() : Optional.of(INVALID);
  }
}
