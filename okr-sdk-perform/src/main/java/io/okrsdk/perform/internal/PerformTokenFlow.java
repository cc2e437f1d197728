package io.okrsdk.perform.internal;

import io.okrsdk.core.BadRequestException;
import io.okrsdk.core.ForbiddenException;
import io.okrsdk.core.OkrApiException;
import io.okrsdk.core.UnauthorizedException;
import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.internal.auth.TokenFlowAuth;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Perform's token flow on top of core's {@link TokenFlowAuth}: {@code POST obtainauthtoken/} with
 * {@code {"username", "password"}} answers {@code {"token"}}, sent back as {@code Authorization:
 * Token <token>} (the scheme of the vendor's framework; the help centre's copy read does not show
 * the header, so it is marked unverified in the README).
 */
public final class PerformTokenFlow {
  /** The header that carries the token. */
  public static final String HEADER = "Authorization";

  /** The word before the token. */
  public static final String SCHEME = "Token";

  private PerformTokenFlow() {}

  /**
   * A new, unbound scheme for one client.
   *
   * @param username the account's username (shown by {@code describe()})
   * @param password the account's password (masked wherever the SDK shows text)
   * @return the scheme; bind it with {@link #exchange} once the client's runtime exists
   */
  public static TokenFlowAuth auth(String username, String password) {
    return new TokenFlowAuth(
        HEADER, SCHEME, "TokenFlowAuth{POST obtainauthtoken/, username=" + username + ", password=REDACTED}", Set.of(password));
  }

  /**
   * The exchange, made through the client's own HTTP stack (timeouts, logging, redaction) without
   * credentials. A refusal (400, 401 or 403: the vendor's framework answers 400 for a wrong
   * password) becomes an {@link UnauthorizedException} naming {@code tokenCredentials}; other
   * failures are passed on as they are.
   *
   * @param runtime the client's runtime
   * @param username the account's username
   * @param password the account's password
   * @return the exchange
   */
  public static Supplier<String> exchange(ClientRuntime runtime, String username, String password) {
    ClientRuntime exchanges = runtime.withoutCredentials();
    PerformApi api = new PerformApiCalls(exchanges.apiCalls());
    TokenRequest body = new TokenRequest(username, password);
    return () -> {
      try {
        return exchanges.execute(api.obtainAuthToken(body)).token();
      } catch (BadRequestException | UnauthorizedException | ForbiddenException refused) {
        throw refusal(refused);
      }
    };
  }

  private static UnauthorizedException refusal(OkrApiException refused) {
    return new UnauthorizedException(
        "PerformClient could not obtain a token: the server refused the username and password given to "
            + "tokenCredentials(username, password) (" + refused.getMessage() + ")",
        refused.details());
  }
}
