package io.okrsdk.core.paging;

import java.util.HashSet;
import java.util.Set;

/**
 * One walk over the pages of a listing, with the stop rules every strategy shares: an empty page,
 * a known total reached, or a continuation that is missing or was seen before (a server that
 * repeats itself must not make the SDK loop forever).
 *
 * @param <T> the item type
 * @param <K> how a strategy names a page (an offset, a link, a cursor)
 */
abstract class PageWalker<T, K> {
  private final Set<K> seen = new HashSet<>();
  private K nextKey;
  private long delivered;
  private boolean done;

  PageWalker(K firstKey) {
    this.nextKey = firstKey;
  }

  /**
   * Whether repeats are found by remembering every key. Strategies whose keys only grow (offsets)
   * say no and stop when a key would not advance, so a long listing keeps no per-page state.
   */
  boolean remembersKeys() {
    return true;
  }

  /** Fetches the page named by {@code key}. */
  abstract PageResult<T> fetch(K key);

  /** The key of the page after {@code result}, or {@code null} when the strategy sees no more. */
  abstract K keyAfter(K key, PageResult<T> result, long deliveredSoFar);

  /** Whether the listing is known to be done (the next call of {@link #next()} gives null). */
  final boolean isDone() {
    return done;
  }

  /** The next page, or {@code null} when the listing is done. */
  final PageResult<T> next() {
    if (done) {
      return null;
    }
    K key = nextKey;
    if (remembersKeys()) {
      seen.add(key);
    }
    PageResult<T> result = fetch(key);
    delivered += result.items().size();
    K following = result.items().isEmpty() ? null : keyAfter(key, result, delivered);
    boolean totalReached = result.total().isPresent() && delivered >= result.total().getAsLong();
    if (following == null || totalReached || (remembersKeys() && seen.contains(following))) {
      done = true;
    } else {
      nextKey = following;
    }
    return result;
  }
}
