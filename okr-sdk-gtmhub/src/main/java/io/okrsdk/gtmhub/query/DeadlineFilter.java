package io.okrsdk.gtmhub.query;

/**
 * The grouped-by listings' named {@code filter}: goals by their deadline dates.
 */
public enum DeadlineFilter {
  /** Goals whose period is running now. */
  CURRENT("current"),
  /** Goals whose period has ended. */
  PAST("past"),
  /** Goals whose period has not started yet. */
  FUTURE("future");

  private final String wireValue;

  DeadlineFilter(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * The value as sent in the query.
   *
   * @return {@code current}, {@code past} or {@code future}
   */
  public String wireValue() {
    return wireValue;
  }
}
