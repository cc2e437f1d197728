package io.okrsdk.gtmhub.query;

/**
 * How descriptions and text-area custom fields are returned ({@code formatting}).
 */
public enum Formatting {
  /**
   * With mention markup, the service's default: {@code @[John Smith:john@example.com:602a...]}.
   */
  MENTIONS_MARKUP("mentionsMarkup"),
  /** Without markup: {@code @John Smith}. */
  PLAIN_TEXT("plainText");

  private final String wireValue;

  Formatting(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * The value as sent in the query.
   *
   * @return {@code mentionsMarkup} or {@code plainText}
   */
  public String wireValue() {
    return wireValue;
  }
}
