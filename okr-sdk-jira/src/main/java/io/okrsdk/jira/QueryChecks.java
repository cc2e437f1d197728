package io.okrsdk.jira;

import java.time.Instant;

/** Checks shared by the history queries. */
final class QueryChecks {
  static final int MAX_PAGE_SIZE = 1000;

  private QueryChecks() {}

  static int pageSize(int pageSize) {
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE + ", was " + pageSize);
    }
    return pageSize;
  }

  /** laterThan and earlierThan bound an open interval, which must not be empty. */
  static void interval(Instant laterThan, Instant earlierThan) {
    if (laterThan != null && earlierThan != null && !laterThan.isBefore(earlierThan)) {
      throw new IllegalArgumentException(
          "laterThan " + laterThan + " must be before earlierThan " + earlierThan + " (the interval is open)");
    }
  }

  static Long epochMilli(Instant instant) {
    return instant == null ? null : instant.toEpochMilli();
  }
}
