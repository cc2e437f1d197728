package io.okrsdk.core.internal.paging;

import io.okrsdk.core.OkrException;
import io.okrsdk.core.internal.LazyLogger;
import io.okrsdk.core.internal.http.AuthInterceptor;
import io.okrsdk.core.internal.http.Redactor;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.core.paging.PagingMode;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The paging styles of the four platforms, each as a {@link PagedIterable}, and the only way to
 * make one. A platform service gets its {@code Paging} from the client's runtime ({@code
 * ClientRuntime.paging()}), so every listing it makes fetches pages in the client's {@link
 * PagingMode} and with its page cap; the service passes lambdas that make one page request with its
 * query, and the strategy decides which page comes next and when to stop.
 */
public final class Paging {
  /** A {@link #limit(long)}-free iterable's cap. */
  private static final long UNCAPPED = Long.MAX_VALUE;

  private static final System.Logger LOG = new LazyLogger("io.okrsdk.paging");

  private final PagingMode mode;
  private final long maxPages;

  /**
   * The listing factory of one client.
   *
   * @param mode how the client's listings fetch their pages
   * @param maxPages the client's page cap, or 0 to derive it per listing
   */
  public Paging(PagingMode mode, long maxPages) {
    if (maxPages < 0) {
      throw new IllegalArgumentException("maxPages must be 0 or more, was " + maxPages);
    }
    this.mode = Objects.requireNonNull(mode, "mode");
    this.maxPages = maxPages;
  }

  /**
   * Fetches a page by limit and offset.
   *
   * @param <T> the item type
   */
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

  /**
   * Fetches the page an absolute {@code next} link names.
   *
   * @param <T> the item type
   */
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

  /**
   * Fetches a page by cursor.
   *
   * @param <T> the item type
   */
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
   * The first page is requested by limit and offset 0, later pages by following {@code next}.
   *
   * <p>A link on another origin (another scheme, host or port: an {@code http://} link behind a
   * TLS-terminating proxy, another host name) is not followed, so nothing, credentials least of
   * all, is sent there; the listing continues instead by limit and offset against the base URL,
   * from the number of items delivered so far. A link that does not advance ends the listing: one
   * seen before, or one whose {@code offset} is not past the page just fetched (a link back to the
   * first page, whose own offset counts as seen, or a walk backwards with a changing dummy
   * parameter). A link that is not a URL fails with an {@link OkrException}.
   *
   * @param pageSize items per request
   * @param origin the base URL; {@code next} links are followed only on its scheme, host and port
   * @param first requests a page by limit and offset
   * @param link requests the page a {@code next} link names
   * @param <T> the item type
   * @return the lazy listing
   */
  public <T> PagedIterable<T> limitOffset(
      int pageSize, HttpUrl origin, OffsetRequest<T> first, LinkRequest<T> link) {
    requirePageSize(pageSize);
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(link, "link");
    return of(
        new IndexedPages<>(pageSize, first),
        () ->
            new PageWalker<T, LinkOrOffset>(new LinkOrOffset(null, 0)) {
              @Override
              PageResult<T> fetch(LinkOrOffset page) {
                return page.link == null ? first.fetch(pageSize, page.offset) : link.fetch(page.link);
              }

              @Override
              LinkOrOffset keyAfter(LinkOrOffset page, PageResult<T> result, long delivered) {
                return result.next().map(next -> following(origin, page, result, next)).orElse(null);
              }
            });
  }

  /** Where a limit/offset page is: by the server's link, or by offset against the base URL. */
  private static final class LinkOrOffset {
    final HttpUrl link;
    final long offset;

    LinkOrOffset(HttpUrl link, long offset) {
      this.link = link;
      this.offset = offset;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof LinkOrOffset
          && Objects.equals(link, ((LinkOrOffset) other).link)
          && offset == ((LinkOrOffset) other).offset;
    }

    @Override
    public int hashCode() {
      return Objects.hash(link, offset);
    }
  }

  private static LinkOrOffset following(HttpUrl origin, LinkOrOffset page, PageResult<?> result, String next) {
    long offset = page.offset + result.items().size();
    HttpUrl url = origin.resolve(next);
    if (url == null) {
      throw new OkrException("The server sent a next link that is not a URL: " + Redactor.body(next));
    }
    if (!AuthInterceptor.sameOrigin(origin, url)) {
      // Not followed (credentials stay at the origin) and not fatal: the base URL serves the same
      // page by limit and offset.
      LOG.log(
          System.Logger.Level.DEBUG,
          () -> "Not following a next link to another origin (" + url.scheme() + "://" + url.host() + ":" + url.port()
              + "); continuing by offset " + offset + " against the base URL");
      return new LinkOrOffset(null, offset);
    }
    // Django omits offset=0 from its links, so a link with a limit and no offset names the first
    // page; a link with neither is some other scheme and only an exact repeat ends it.
    String named = url.queryParameter("offset");
    long linkOffset = named != null ? parseOffset(named) : url.queryParameter("limit") != null ? 0 : -1;
    if (linkOffset >= 0 && linkOffset <= page.offset) {
      return null;
    }
    return new LinkOrOffset(url, offset);
  }

  /** The link's offset, or -1 when it is not a number (then only an exact repeat is caught). */
  private static long parseOffset(String text) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
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
  public <T> PagedIterable<T> skip(int pageSize, OffsetRequest<T> request) {
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
  public <T> PagedIterable<T> cursor(CursorRequest<T> request) {
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
  public <T> PagedIterable<T> single(Supplier<List<T>> request) {
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

  private <T> PagedIterable<T> of(@Nullable IndexedPages<T> indexed, Supplier<PageWalker<T, ?>> walks) {
    return new Listing<>(walks, indexed, UNCAPPED, maxPages, mode);
  }

  private static void requirePageSize(int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
    }
  }
}
