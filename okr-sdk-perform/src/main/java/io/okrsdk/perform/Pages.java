package io.okrsdk.perform;

import io.okrsdk.core.internal.paging.PageResult;
import java.util.List;
import java.util.Optional;

/** Paging shared by the services: the default page size, the window check and the envelope for core's paging. */
final class Pages {
  /** The page size of listings when the caller names none; the vendor documents no default or maximum. */
  static final int DEFAULT_PAGE_SIZE = 100;

  private Pages() {}

  /** A list envelope in the terms core's paging needs. */
  static <T> PageResult<T> result(List<T> results, long count, Optional<String> next) {
    return PageResult.of(results, count, next.orElse(null));
  }

  /** Refuses a page window the API cannot serve, before any request. */
  static void checkWindow(int limit, long offset) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be 0 or more, was " + offset);
    }
  }
}
