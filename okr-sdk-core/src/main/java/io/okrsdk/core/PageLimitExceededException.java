package io.okrsdk.core;

/**
 * A listing was stopped because it reached its page cap before the server's continuation ended: a
 * cursor or {@code next} link that keeps changing without end would otherwise make iteration run
 * forever. The items delivered before it stay valid.
 *
 * <p>The cap is {@code maxPages(...)} on the client builder or the listing; by default it is
 * derived from the first page's total count, or 100,000 pages when the API reports no total. A
 * listing that really is longer can raise it.
 */
public class PageLimitExceededException extends OkrException {
  private static final long serialVersionUID = 1L;

  /** What the listing requests, such as {@code GET /api/v2/goals/}. */
  private final String listing;

  /** Pages fetched before the listing was stopped. */
  private final long pagesFetched;

  /**
   * Creates the exception.
   *
   * @param listing what the listing requests (method and path, no query), without secrets
   * @param pagesFetched how many pages were fetched before the cap stopped the listing
   */
  public PageLimitExceededException(String listing, long pagesFetched) {
    super(
        "The listing " + listing + " was stopped after " + pagesFetched + " pages, its page cap, while the server still"
            + " named a next page; raise the cap with maxPages(...) if the listing really is that long");
    this.listing = listing;
    this.pagesFetched = pagesFetched;
  }

  /**
   * What the listing requests: the method and path of its first page request, such as {@code GET
   * /api/v2/goals/} (no query), or {@code "listing"} when no HTTP request was seen.
   *
   * @return the listing's name
   */
  public String listing() {
    return listing;
  }

  /**
   * How many pages were fetched before the cap stopped the listing (the cap itself).
   *
   * @return the pages fetched
   */
  public long pagesFetched() {
    return pagesFetched;
  }
}
