package io.okrsdk.perform.internal;

import io.okrsdk.core.internal.paging.PageResult;
import java.util.List;
import java.util.Optional;

/** Paging shared by the services: the default page size and the envelope for core's paging. */
public final class Pages {
  /** The page size of listings when the caller names none; the vendor documents no default or maximum. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  private Pages() {}

  /** A list envelope in the terms core's paging needs. */
  public static <T> PageResult<T> result(List<T> results, long count, Optional<String> next) {
    return PageResult.of(results, count, next.orElse(null));
  }
}
