package io.okrsdk.perform;

import io.okrsdk.perform.query.RecognitionQuery;
import io.okrsdk.perform.internal.Pages;
import io.okrsdk.perform.internal.PerformApi;
import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.OkrException;
import io.okrsdk.core.internal.paging.PageResult;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.perform.model.Recognition;
import io.okrsdk.perform.model.RecognitionPage;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;

/**
 * Recognitions: {@code GET api/v2/recognition/} with its filters (the help centre documents no single-recognition read).
 * Obtained from {@link PerformClient#recognition()}; thread-safe.
 *
 * <p>Every method throws (or completes its future with) an {@link OkrException} subclass on
 * failure, and refuses invalid arguments with {@link IllegalArgumentException} before any request.
 */
public final class RecognitionService {
  /** Items per request when no page size is given: the vendor documents neither a default nor a maximum. */
  public static final int DEFAULT_PAGE_SIZE = Pages.DEFAULT_PAGE_SIZE;

  private final ClientRuntime runtime;
  private final PerformApi api;
  private final EnvelopeListing<RecognitionQuery, Recognition, RecognitionPage> listing;

  RecognitionService(ClientRuntime runtime, PerformApi api) {
    this.runtime = runtime;
    this.api = api;
    this.listing = new EnvelopeListing<>(runtime, this::call, api::listRecognitionPage, RecognitionService::result);
  }

  /**
   * Every recognition the API user may see, {@value #DEFAULT_PAGE_SIZE} per request.
   *
   * @return the lazy listing
   */
  public PagedIterable<Recognition> list() {
    return list(RecognitionQuery.all(), DEFAULT_PAGE_SIZE);
  }

  /**
   * The recognitions matching a query, {@value #DEFAULT_PAGE_SIZE} per request.
   *
   * @param query the filters
   * @return the lazy listing
   */
  public PagedIterable<Recognition> list(RecognitionQuery query) {
    return list(query, DEFAULT_PAGE_SIZE);
  }

  /**
   * The recognitions matching a query, fetched lazily exactly like {@link CheckinService#list(CheckinQuery,
   * int)}: the first page by {@code limit} and {@code offset=0} with the filters, later pages by
   * the server's {@code next} links on the base URL's origin (by {@code limit}/{@code offset} with
   * the filters otherwise), stopping at {@code count}, on an empty page or on a missing, repeated
   * or backward link; the page cap ends an endless walk with {@link
   * io.okrsdk.core.PageLimitExceededException}.
   *
   * @param query the filters
   * @param pageSize items per request ({@code limit}), at least 1
   * @return the lazy listing; nothing is requested before iteration
   * @throws IllegalArgumentException when {@code pageSize} is less than 1
   */
  public PagedIterable<Recognition> list(RecognitionQuery query, int pageSize) {
    return listing.list(query, pageSize);
  }

  /**
   * One page of the recognitions matching a query, with {@code count} and the {@code next} link.
   *
   * @param query the filters
   * @param limit items in the page, at least 1
   * @param offset the index of the first item, 0 or more
   * @return the page
   * @throws IllegalArgumentException when {@code limit} or {@code offset} is out of range
   */
  public RecognitionPage listPage(RecognitionQuery query, int limit, long offset) {
    return listing.page(query, limit, offset);
  }

  /**
   * {@link #listPage(RecognitionQuery, int, long)} without blocking. To walk every page asynchronously,
   * request the next window ({@code offset + results().size()}) until {@code count} is reached.
   *
   * @param query the filters
   * @param limit items in the page, at least 1
   * @param offset the index of the first item, 0 or more
   * @return a future of the page
   * @throws IllegalArgumentException when {@code limit} or {@code offset} is out of range
   */
  public CompletableFuture<RecognitionPage> listPageAsync(RecognitionQuery query, int limit, long offset) {
    return listing.pageAsync(query, limit, offset);
  }

  private Call<RecognitionPage> call(RecognitionQuery query, int limit, long offset) {
    return api.listRecognition(query.authorEmail().orElse(null), query.authorName().orElse(null), query.mentionedEmail().orElse(null), query.mentionedName().orElse(null), limit, offset);
  }

  private static PageResult<Recognition> result(RecognitionPage page) {
    return Pages.result(page.results(), page.count(), page.next());
  }

  @Override
  public String toString() {
    return "RecognitionService{" + runtime.baseUrl() + "}";
  }
}
