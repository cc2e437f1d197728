package io.okrsdk.perform.internal;

import java.util.Objects;

/**
 * The body of {@code POST obtainauthtoken/}: {@code {"username": ..., "password": ...}}. Written
 * by Moshi from its fields; {@code toString()} never shows the password.
 */
public final class TokenRequest {
  @SuppressWarnings("unused") // written to JSON
  private final String username;

  @SuppressWarnings("unused") // written to JSON
  private final String password;

  /**
   * The body.
   *
   * @param username the account's username
   * @param password the account's password
   */
  public TokenRequest(String username, String password) {
    this.username = Objects.requireNonNull(username, "username");
    this.password = Objects.requireNonNull(password, "password");
  }

  @Override
  public String toString() {
    return "TokenRequest{username=" + username + ", password=REDACTED}";
  }
}
