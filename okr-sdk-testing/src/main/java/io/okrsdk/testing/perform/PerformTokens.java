package io.okrsdk.testing.perform;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okio.ByteString;

/**
 * The token flow of a fake Perform &amp; Engage 365: {@code POST /obtainauthtoken/} with {@code
 * {"username", "password"}} (JSON or a form, as the vendor's framework accepts both) answers {@code
 * {"token": "..."}}; wrong credentials get 400 with {@code non_field_errors}, a missing field 400
 * naming it, as that framework answers. Issued tokens are accepted as {@code Authorization: Token
 * <token>} until {@link #expireAll()}. Thread-safe.
 */
public final class PerformTokens {
  static final String INVALID_TOKEN = "Invalid token.";
  private static final String REFUSED = "Unable to log in with provided credentials.";
  private static final JsonAdapter<Map<String, Object>> BODY =
      new Moshi.Builder().build().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private final byte[] expected;
  private final Set<String> valid = ConcurrentHashMap.newKeySet();
  private final AtomicInteger issued = new AtomicInteger();

  /**
   * The token flow for one account.
   *
   * @param username the account's username
   * @param password the account's password
   */
  public PerformTokens(String username, String password) {
    this.expected = (Objects.requireNonNull(username, "username") + "\u0000" + Objects.requireNonNull(password, "password"))
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * How many tokens were issued so far.
   *
   * @return the count
   */
  public int issued() {
    return issued.get();
  }

  /** Expires every token issued so far: requests that send one get 401 {@code Invalid token.}. */
  public void expireAll() {
    valid.clear();
  }

  /**
   * Whether a token is one issued and not expired.
   *
   * @param token the token sent
   * @return {@code true} when accepted
   */
  public boolean accepts(String token) {
    return valid.contains(token);
  }

  /**
   * The answer to {@code POST /obtainauthtoken/}.
   *
   * @param request the request
   * @return the token, or 400
   */
  MockResponse exchange(RecordedRequest request) {
    Map<String, String> fields = fields(request);
    Map<String, List<String>> missing = new LinkedHashMap<>();
    for (String name : List.of("username", "password")) {
      String value = fields.get(name);
      if (value == null || value.isEmpty()) {
        missing.put(name, List.of("This field is required."));
      }
    }
    if (!missing.isEmpty()) {
      return json(400, PerformWire.fieldErrors(missing));
    }
    byte[] given = (fields.get("username") + "\u0000" + fields.get("password")).getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(expected, given)) {
      return json(400, PerformWire.fieldErrors(Map.of("non_field_errors", List.of(REFUSED))));
    }
    String token = "fake-perform-token-" + issued.incrementAndGet() + "-" + Integer.toHexString(System.identityHashCode(this));
    valid.add(token);
    return json(200, "{\"token\":\"" + token + "\"}");
  }

  private static Map<String, String> fields(RecordedRequest request) {
    ByteString body = request.getBody();
    String text = body == null ? "" : body.utf8();
    String type = String.valueOf(request.getHeaders().get("Content-Type"));
    Map<String, String> fields = new LinkedHashMap<>();
    if (type.startsWith("application/x-www-form-urlencoded")) {
      HttpUrl form = HttpUrl.get("http://form.invalid/?" + text);
      for (String name : form.queryParameterNames()) {
        fields.put(name, form.queryParameter(name));
      }
      return fields;
    }
    try {
      Map<String, Object> json = text.isBlank() ? Map.of() : BODY.fromJson(text);
      if (json != null) {
        json.forEach((name, value) -> fields.put(name, value instanceof String ? (String) value : null));
      }
    } catch (IOException | RuntimeException notJson) {
      // Answered as missing fields, as the framework answers an unparsable body with 400.
    }
    return fields;
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
  }

  @Override
  public String toString() {
    return "PerformTokens{issued=" + issued.get() + ", valid=" + valid.size() + "}";
  }
}
