package io.okrsdk.core;

/**
 * What became of a request that ended without a usable answer ({@link OkrNetworkException#fate()}).
 * It matters for writes: only {@link #NOT_SENT} is safe to repeat without checking first.
 */
public enum RequestFate {
  /**
   * The request never reached the server (the connection could not be made, or a pooled connection
   * the server had closed was found before anything was written): nothing was applied, and
   * repeating it is safe.
   */
  NOT_SENT("not sent: nothing reached the server, repeating is safe"),

  /**
   * The request was sent (wholly or in part) and no status arrived: the server may have applied
   * it. Check before repeating a write.
   */
  MAY_HAVE_BEEN_APPLIED("sent, and may have been applied: check before repeating a write"),

  /**
   * The server answered with a success status, so it applied the request, but the rest of the
   * answer was lost. Do not repeat a write; read the resource to see its state.
   */
  APPLIED_ANSWER_LOST("applied: the server answered with success but the answer was lost");

  private final String description;

  RequestFate(String description) {
    this.description = description;
  }

  /**
   * A short sentence for messages.
   *
   * @return the description
   */
  public String description() {
    return description;
  }
}
