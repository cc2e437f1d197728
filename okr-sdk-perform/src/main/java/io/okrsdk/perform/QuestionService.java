package io.okrsdk.perform;

import io.okrsdk.core.OkrException;
import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.internal.PathSegments;
import io.okrsdk.core.internal.paging.PageResult;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.perform.internal.Pages;
import io.okrsdk.perform.internal.PerformApi;
import io.okrsdk.perform.model.Question;
import io.okrsdk.perform.model.QuestionPage;
import io.okrsdk.perform.model.QuestionResponse;
import io.okrsdk.perform.model.QuestionResponsePage;
import java.util.concurrent.CompletableFuture;

/**
 * Questions and their responses: {@code GET api/v2/questions/}, {@code GET
 * api/v2/questions/{api_id}/} and {@code GET api/v2/questions/{api_id}/responses/}. Obtained from
 * {@link PerformClient#questions()}; thread-safe.
 *
 * <p>The help centre documents no filters for either listing, only {@code limit} and {@code
 * offset}. Every method throws (or completes its future with) an {@link OkrException} subclass on
 * failure, and refuses invalid arguments with {@link IllegalArgumentException} before any request.
 */
public final class QuestionService {
  /** Items per request when no page size is given: the vendor documents neither a default nor a maximum. */
  public static final int DEFAULT_PAGE_SIZE = Pages.DEFAULT_PAGE_SIZE;

  private final ClientRuntime runtime;
  private final PerformApi api;
  private final EnvelopeListing<EnvelopeListing.Unfiltered, Question, QuestionPage> listing;

  /** The responses to one question, by its encoded id: the query of the listing is the id. */
  private final EnvelopeListing<String, QuestionResponse, QuestionResponsePage> responses;

  QuestionService(ClientRuntime runtime, PerformApi api) {
    this.runtime = runtime;
    this.api = api;
    this.listing =
        new EnvelopeListing<>(
            runtime, (all, limit, offset) -> api.listQuestions(limit, offset), api::listQuestionsPage, QuestionService::questions);
    this.responses =
        new EnvelopeListing<>(
            runtime, api::listQuestionResponses, api::listQuestionResponsesPage, QuestionService::responses);
  }

  /**
   * Every question the API user may see, {@value #DEFAULT_PAGE_SIZE} per request.
   *
   * @return the lazy listing
   */
  public PagedIterable<Question> list() {
    return list(DEFAULT_PAGE_SIZE);
  }

  /**
   * Every question, fetched lazily like the other listings: the first page by {@code limit} and
   * {@code offset=0}, later pages by the server's {@code next} links on the base URL's origin (by
   * {@code limit}/{@code offset} otherwise), stopping at {@code count}, on an empty page or on a
   * missing, repeated or backward link; the page cap ends an endless walk with {@link
   * io.okrsdk.core.PageLimitExceededException}.
   *
   * @param pageSize items per request ({@code limit}), at least 1
   * @return the lazy listing; nothing is requested before iteration
   * @throws IllegalArgumentException when {@code pageSize} is less than 1
   */
  public PagedIterable<Question> list(int pageSize) {
    return listing.list(EnvelopeListing.Unfiltered.ALL, pageSize);
  }

  /**
   * One page of questions, with {@code count} and the {@code next} link.
   *
   * @param limit items in the page, at least 1
   * @param offset the index of the first item, 0 or more
   * @return the page
   * @throws IllegalArgumentException when {@code limit} or {@code offset} is out of range
   */
  public QuestionPage listPage(int limit, long offset) {
    return listing.page(EnvelopeListing.Unfiltered.ALL, limit, offset);
  }

  /**
   * {@link #listPage(int, long)} without blocking. To walk every page asynchronously, request the
   * next window ({@code offset + results().size()}) until {@code count} is reached.
   *
   * @param limit items in the page, at least 1
   * @param offset the index of the first item, 0 or more
   * @return a future of the page
   * @throws IllegalArgumentException when {@code limit} or {@code offset} is out of range
   */
  public CompletableFuture<QuestionPage> listPageAsync(int limit, long offset) {
    return listing.pageAsync(EnvelopeListing.Unfiltered.ALL, limit, offset);
  }

  /**
   * One question by id.
   *
   * @param apiId the id as listed, such as {@code 580:396c...} (percent-encoded by the SDK)
   * @return the question
   * @throws IllegalArgumentException when the id is null or blank (nothing is sent)
   * @throws io.okrsdk.core.NotFoundException when there is no such question
   */
  public Question get(String apiId) {
    return runtime.execute(api.getQuestion(PathSegments.encode(apiId, "apiId")));
  }

  /**
   * {@link #get(String)} without blocking.
   *
   * @param apiId the id as listed
   * @return a future of the question
   * @throws IllegalArgumentException when the id is null or blank (nothing is sent)
   */
  public CompletableFuture<Question> getAsync(String apiId) {
    return runtime.executeAsync(api.getQuestion(PathSegments.encode(apiId, "apiId")));
  }

  /**
   * Every response to one question, {@value #DEFAULT_PAGE_SIZE} per request.
   *
   * @param questionApiId the question's id as listed (percent-encoded by the SDK)
   * @return the lazy listing
   * @throws IllegalArgumentException when the id is null or blank (nothing is sent)
   */
  public PagedIterable<QuestionResponse> responses(String questionApiId) {
    return responses(questionApiId, DEFAULT_PAGE_SIZE);
  }

  /**
   * Every response to one question, fetched lazily exactly like {@link #list(int)}.
   *
   * @param questionApiId the question's id as listed (percent-encoded by the SDK)
   * @param pageSize items per request ({@code limit}), at least 1
   * @return the lazy listing; nothing is requested before iteration
   * @throws IllegalArgumentException when the id is null or blank or {@code pageSize} is less than 1
   */
  public PagedIterable<QuestionResponse> responses(String questionApiId, int pageSize) {
    return responses.list(PathSegments.encode(questionApiId, "questionApiId"), pageSize);
  }

  /**
   * One page of the responses to one question, with {@code count} and the {@code next} link.
   *
   * @param questionApiId the question's id as listed (percent-encoded by the SDK)
   * @param limit items in the page, at least 1
   * @param offset the index of the first item, 0 or more
   * @return the page
   * @throws IllegalArgumentException when the id is null or blank, or {@code limit} or {@code
   *     offset} is out of range
   */
  public QuestionResponsePage responsesPage(String questionApiId, int limit, long offset) {
    return responses.page(PathSegments.encode(questionApiId, "questionApiId"), limit, offset);
  }

  /**
   * {@link #responsesPage(String, int, long)} without blocking.
   *
   * @param questionApiId the question's id as listed (percent-encoded by the SDK)
   * @param limit items in the page, at least 1
   * @param offset the index of the first item, 0 or more
   * @return a future of the page
   * @throws IllegalArgumentException when the id is null or blank, or {@code limit} or {@code
   *     offset} is out of range
   */
  public CompletableFuture<QuestionResponsePage> responsesPageAsync(String questionApiId, int limit, long offset) {
    return responses.pageAsync(PathSegments.encode(questionApiId, "questionApiId"), limit, offset);
  }

  private static PageResult<Question> questions(QuestionPage page) {
    return Pages.result(page.results(), page.count(), page.next());
  }

  private static PageResult<QuestionResponse> responses(QuestionResponsePage page) {
    return Pages.result(page.results(), page.count(), page.next());
  }

  @Override
  public String toString() {
    return "QuestionService{" + runtime.baseUrl() + "}";
  }
}
