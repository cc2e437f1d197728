package io.okrsdk.core.paging;

import io.okrsdk.core.OkrException;
import io.okrsdk.core.http.AuthInterceptor;
import io.okrsdk.core.http.Redactor;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The paging styles of the four platforms, each as a {@link PagedIterable}. A platform service
 * passes lambdas that make one page request with its query; the strategy decides which page comes
 * next and when to stop.
 */
public final class Paging {
  /** A {@link #limit(long)}-free iterable's cap. */
  private static final long UNCAPPED = Long.MAX_VALUE;

  private Paging() {}

  /** Fetches a page by limit and offset. */
  @FunctionalInterface
  public interface OffsetRequest<T> {
    /**
     * Requests one page.
     *
     * @param limit the page size
     * @param offset items to skip
     * @return the page
     */
    PageResult<T> fetch(int limit, long offset);
  }

  /** Fetches the page an absolute {@code next} link names. */
  @FunctionalInterface
  public interface LinkRequest<T> {
    /**
     * Requests one page.
     *
     * @param url the link, already checked to be on the base URL's origin
     * @return the page
     */
    PageResult<T> fetch(HttpUrl url);
  }

  /** Fetches a page by cursor. */
  @FunctionalInterface
  public interface CursorRequest<T> {
    /**
     * Requests one page.
     *
     * @param cursor the cursor, {@code null} for the first page
     * @return the page, whose continuation is the next cursor
     */
    PageResult<T> fetch(@Nullable String cursor);
  }

  /**
   * Django-style limit/offset paging with {@code count} and absolute {@code next} links (Perform).
   * The first page is requested by limit and offset 0, later pages by following {@code next}. A
   * link to another origin is refused with an {@link OkrException} (credentials would not go there,
   * and silently stopping would lose items); a link seen before ends the listing.
   *
   * @param pageSize items per request
   * @param origin the base URL; {@code next} links must share its scheme, host and port
   * @param first requests a page by limit and offset
   * @param link requests the page a {@code next} link names
   * @param <T> the item type
   * @return the lazy listing
   */
  public static <T> PagedIterable<T> limitOffset(
      int pageSize, HttpUrl origin, OffsetRequest<T> first, LinkRequest<T> link) {
    requirePageSize(pageSize);
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(link, "link");
    return of(
        new IndexedPages<>(pageSize, first),
        () ->
            new PageWalker<T, HttpUrl>(null) {
              @Override
              PageResult<T> fetch(HttpUrl url) {
                return url == null ? first.fetch(pageSize, 0) : link.fetch(url);
              }

              @Override
              HttpUrl keyAfter(HttpUrl url, PageResult<T> result, long delivered) {
                return result.next().map(next -> checkedLink(origin, next)).orElse(null);
              }
            });
  }

  /**
   * Skip-based paging with a total count (Gtmhub's skip + limit and skip + take): the next page
   * starts after the items seen so far; the listing ends when the total is reached, on an empty
   * page, or (with no total) on a short page.
   *
   * @param pageSize items per request
   * @param request requests a page by size and skip
   * @param <T> the item type
   * @return the lazy listing
   */
  public static <T> PagedIterable<T> skip(int pageSize, OffsetRequest<T> request) {
    requirePageSize(pageSize);
    Objects.requireNonNull(request, "request");
    return of(
        new IndexedPages<>(pageSize, request),
        () ->
            new PageWalker<T, Long>(0L) {
              @Override
              PageResult<T> fetch(Long skip) {
                return request.fetch(pageSize, skip);
              }

              @Override
              boolean remembersKeys() {
                return false;
              }

              @Override
              Long keyAfter(Long skip, PageResult<T> result, long delivered) {
                if (result.total().isEmpty() && result.items().size() < pageSize) {
                  return null;
                }
                // The offset always advances by a non-empty page, so it can never repeat.
                return skip + result.items().size();
              }
            });
  }

  /**
   * Cursor paging (OKR for Jira's update history): each page names the cursor of the next; the
   * listing ends when the cursor is absent, blank or repeats.
   *
   * @param request requests a page by cursor
   * @param <T> the item type
   * @return the lazy listing
   */
  public static <T> PagedIterable<T> cursor(CursorRequest<T> request) {
    Objects.requireNonNull(request, "request");
    return of(
        null,
        () ->
            new PageWalker<T, String>(null) {
              @Override
              PageResult<T> fetch(String cursor) {
                return request.fetch(cursor);
              }

              @Override
              String keyAfter(String cursor, PageResult<T> result, long delivered) {
                return result.next().orElse(null);
              }
            });
  }

  /**
   * A listing the API returns whole, in one response (OGSM's bare arrays), offered as a {@link
   * PagedIterable} so every listing in the SDK iterates the same way.
   *
   * @param request fetches the whole list
   * @param <T> the item type
   * @return the lazy listing, one page long
   */
  public static <T> PagedIterable<T> single(Supplier<List<T>> request) {
    Objects.requireNonNull(request, "request");
    return of(
        null,
        () ->
            new PageWalker<T, Boolean>(Boolean.TRUE) {
              @Override
              PageResult<T> fetch(Boolean ignored) {
                return PageResult.of(request.get());
              }

              @Override
              Boolean keyAfter(Boolean key, PageResult<T> result, long delivered) {
                return null;
              }
            });
  }

  private static <T> PagedIterable<T> of(IndexedPages<T> indexed, Supplier<PageWalker<T, ?>> walks) {
    return new PagedIterable<>(walks, indexed, UNCAPPED);
  }

  private static void requirePageSize(int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
    }
  }

  private static HttpUrl checkedLink(HttpUrl origin, String next) {
    HttpUrl url = origin.resolve(next);
    if (url == null) {
      throw new OkrException("The server sent a next link that is not a URL: " + Redactor.body(next));
    }
    if (!AuthInterceptor.sameOrigin(origin, url)) {
      throw new OkrException(
          "Refusing to follow a next link to another origin: " + Redactor.url(url) + " (base URL is "
              + origin.scheme() + "://" + origin.host() + ":" + origin.port() + ")");
    }
    return url;
  }
}
