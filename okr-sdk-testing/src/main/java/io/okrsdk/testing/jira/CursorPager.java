package io.okrsdk.testing.jira;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Cuts a newest-first listing into pages. A cursor names the last entry of the page before, so
 * entries added meanwhile (which are newer) do not shift later pages.
 *
 * @param <T> the entry type
 */
final class CursorPager<T> {
  private static final String PREFIX = "after:";

  final List<T> entries;
  final String nextCursor;

  private CursorPager(List<T> entries, String nextCursor) {
    this.entries = entries;
    this.nextCursor = nextCursor;
  }

  /**
   * The page after {@code cursor}.
   *
   * @throws JiraHttpError 400 when the cursor names no entry of the listing
   */
  static <T> CursorPager<T> page(List<T> listing, Function<T, String> idOf, String cursor, int pageSize) {
    int from = cursor == null ? 0 : indexAfter(listing, idOf, cursor);
    int to = Math.min(listing.size(), from + pageSize);
    String next = to < listing.size() ? encode(idOf.apply(listing.get(to - 1))) : null;
    return new CursorPager<>(List.copyOf(listing.subList(from, to)), next);
  }

  private static <T> int indexAfter(List<T> listing, Function<T, String> idOf, String cursor) {
    String lastId = decode(cursor);
    for (int i = 0; i < listing.size(); i++) {
      if (idOf.apply(listing.get(i)).equals(lastId)) {
        return i + 1;
      }
    }
    throw JiraHttpError.badRequest("invalid cursor: " + cursor);
  }

  private static String encode(String id) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + id).getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.startsWith(PREFIX)) {
        return text.substring(PREFIX.length());
      }
    } catch (IllegalArgumentException e) {
      // not Base64: reported below like any other cursor the fake never issued
    }
    throw JiraHttpError.badRequest("invalid cursor: " + cursor);
  }
}
