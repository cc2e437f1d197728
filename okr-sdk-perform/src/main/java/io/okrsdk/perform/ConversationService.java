package io.okrsdk.perform;

import io.okrsdk.perform.query.ConversationQuery;
import io.okrsdk.perform.internal.Pages;
import io.okrsdk.perform.internal.PerformApi;
import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.OkrException;
import io.okrsdk.core.internal.PathSegments;
import io.okrsdk.core.internal.paging.PageResult;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.perform.model.Conversation;
import io.okrsdk.perform.model.ConversationPage;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;

/**
 * Conversations: {@code GET api/v2/conversations/} with its filters and {@code GET api/v2/conversations/{api_id}/}.
 * Obtained from {@link PerformClient#conversations()}; thread-safe.
 *
 * <p>Every method throws (or completes its future with) an {@link OkrException} subclass on
 * failure, and refuses invalid arguments with {@link IllegalArgumentException} before any request.
 */
public final class ConversationService {
  /** Items per request when no page size is given: the vendor documents neither a default nor a maximum. */
  public static final int DEFAULT_PAGE_SIZE = Pages.DEFAULT_PAGE_SIZE;

  private final ClientRuntime runtime;
  private final PerformApi api;
  private final EnvelopeListing<ConversationQuery, Conversation, ConversationPage> listing;

  ConversationService(ClientRuntime runtime, PerformApi api) {
    this.runtime = runtime;
    this.api = api;
    this.listing = new EnvelopeListing<>(runtime, this::call, api::listConversationsPage, ConversationService::result);
  }

  /**
   * Every conversation the API user may see, {@value #DEFAULT_PAGE_SIZE} per request.
   *
   * @return the lazy listing
   */
  public PagedIterable<Conversation> list() {
    return list(ConversationQuery.all(), DEFAULT_PAGE_SIZE);
  }

  /**
   * The conversations matching a query, {@value #DEFAULT_PAGE_SIZE} per request.
   *
   * @param query the filters
   * @return the lazy listing
   */
  public PagedIterable<Conversation> list(ConversationQuery query) {
    return list(query, DEFAULT_PAGE_SIZE);
  }

  /**
   * The conversations matching a query, fetched lazily exactly like {@link CheckinService#list(CheckinQuery,
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
  public PagedIterable<Conversation> list(ConversationQuery query, int pageSize) {
    return listing.list(query, pageSize);
  }

  /**
   * One page of the conversations matching a query, with {@code count} and the {@code next} link.
   *
   * @param query the filters
   * @param limit items in the page, at least 1
   * @param offset the index of the first item, 0 or more
   * @return the page
   * @throws IllegalArgumentException when {@code limit} or {@code offset} is out of range
   */
  public ConversationPage listPage(ConversationQuery query, int limit, long offset) {
    return listing.page(query, limit, offset);
  }

  /**
   * {@link #listPage(ConversationQuery, int, long)} without blocking. To walk every page asynchronously,
   * request the next window ({@code offset + results().size()}) until {@code count} is reached.
   *
   * @param query the filters
   * @param limit items in the page, at least 1
   * @param offset the index of the first item, 0 or more
   * @return a future of the page
   * @throws IllegalArgumentException when {@code limit} or {@code offset} is out of range
   */
  public CompletableFuture<ConversationPage> listPageAsync(ConversationQuery query, int limit, long offset) {
    return listing.pageAsync(query, limit, offset);
  }

  /**
   * One by id.
   *
   * @param apiId the id as listed, such as {@code 580:0a1b...} (percent-encoded by the SDK)
   * @return the item
   * @throws IllegalArgumentException when the id is null or blank (nothing is sent)
   * @throws io.okrsdk.core.NotFoundException when there is no such item
   */
  public Conversation get(String apiId) {
    return runtime.execute(api.getConversation(PathSegments.encode(apiId, "apiId")));
  }

  /**
   * {@link #get(String)} without blocking.
   *
   * @param apiId the id as listed
   * @return a future of the item
   * @throws IllegalArgumentException when the id is null or blank (nothing is sent)
   */
  public CompletableFuture<Conversation> getAsync(String apiId) {
    return runtime.executeAsync(api.getConversation(PathSegments.encode(apiId, "apiId")));
  }

  private Call<ConversationPage> call(ConversationQuery query, int limit, long offset) {
    return api.listConversations(query.personName().orElse(null), query.planName().orElse(null), query.templateName().orElse(null), query.status().orElse(null), limit, offset);
  }

  private static PageResult<Conversation> result(ConversationPage page) {
    return Pages.result(page.results(), page.count(), page.next());
  }

  @Override
  public String toString() {
    return "ConversationService{" + runtime.baseUrl() + "}";
  }
}
