package io.okrsdk.testing.perform;

import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import okhttp3.HttpUrl;

/**
 * Limit/offset paging as the vendor's API does it: {@code limit} and {@code offset} from the query
 * (a missing or invalid limit returns everything, a missing or invalid offset starts at 0), and
 * absolute {@code next} / {@code previous} links that keep every other query parameter, such as
 * the check-in filters. Like the vendor's framework, links list their query parameters sorted by
 * name ({@code department=...&limit=10&offset=20}).
 */
final class PageWindow {
  private final Integer limit;
  private final int offset;

  private PageWindow(Integer limit, int offset) {
    this.limit = limit;
    this.offset = offset;
  }

  /** The window a request asks for. */
  static PageWindow of(HttpUrl request) {
    int limit = positive(request.queryParameter("limit"), false);
    return new PageWindow(limit > 0 ? limit : null, Math.max(0, positive(request.queryParameter("offset"), true)));
  }

  /** The items of the window; the view is only valid while the list is unchanged. */
  <T> List<T> slice(List<T> all) {
    int from = Math.min(offset, all.size());
    int to = limit == null ? all.size() : (int) Math.min((long) from + limit, all.size());
    return all.subList(from, to);
  }

  /**
   * The link to the following window, or {@code null} on the last one.
   *
   * @param self the request's URL, as seen from the client (scheme, host and port of the server)
   * @param count how many items the listing has
   */
  HttpUrl next(HttpUrl self, int count) {
    if (limit == null || (long) offset + limit >= count) {
      return null;
    }
    return link(self, offset + limit);
  }

  /**
   * The link to the window before, or {@code null} on the first one; the first window's link has
   * no {@code offset}.
   *
   * @param self the request's URL, as seen from the client
   */
  HttpUrl previous(HttpUrl self) {
    if (limit == null || offset <= 0) {
      return null;
    }
    return link(self, offset - limit <= 0 ? null : offset - limit);
  }

  /** The request's URL with this limit and the given offset (none when {@code null}), parameters sorted by name. */
  private HttpUrl link(HttpUrl self, Integer linkOffset) {
    TreeMap<String, List<String>> query = new TreeMap<>();
    for (String name : self.queryParameterNames()) {
      query.put(name, self.queryParameterValues(name));
    }
    query.put("limit", Collections.singletonList(Integer.toString(limit)));
    if (linkOffset == null) {
      query.remove("offset");
    } else {
      query.put("offset", Collections.singletonList(Integer.toString(linkOffset)));
    }
    HttpUrl.Builder link = self.newBuilder().query(null);
    query.forEach((name, values) -> values.forEach(value -> link.addQueryParameter(name, value)));
    return link.build();
  }

  /** The value as a non-negative int (zero allowed when {@code zeroAllowed}), or -1 when absent or invalid. */
  private static int positive(String text, boolean zeroAllowed) {
    if (text == null) {
      return -1;
    }
    try {
      int value = Integer.parseInt(text.trim());
      return value > 0 || (zeroAllowed && value == 0) ? value : -1;
    } catch (NumberFormatException invalid) {
      return -1;
    }
  }

  @Override
  public String toString() {
    return "PageWindow{limit=" + limit + ", offset=" + offset + "}";
  }
}
