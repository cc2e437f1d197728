package io.okrsdk.jira;

import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.internal.Checks;
import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.core.internal.paging.PageResult;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.core.internal.paging.Paging;
import io.okrsdk.jira.internal.OkrForJiraApi;
import io.okrsdk.jira.model.CommentPage;
import io.okrsdk.jira.model.KeyResultUpdateRequest;
import io.okrsdk.jira.model.ObjectiveUpdateRequest;
import io.okrsdk.jira.model.OkrStatus;
import io.okrsdk.jira.model.OkrUpdate;
import io.okrsdk.jira.model.UpdateComment;
import io.okrsdk.jira.model.UpdatePage;
import io.okrsdk.jira.query.UpdateCommentQuery;
import io.okrsdk.jira.query.UpdateHistoryQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * Updates of objectives and key results: the history and its comments (paged by cursor), and the
 * two update methods.
 *
 * <p>Writes are POSTs and are never re-sent by the SDK's retries once they may have reached the
 * server; a failed write surfaces as an exception and is for the caller to repeat or not. Statuses
 * are written in the spaced spelling the update API documents ({@code ON TRACK}, {@code OFF TRACK}
 * for {@link OkrStatus#ACTION_REQUIRED}).
 */
public final class UpdateService {
  private final ClientRuntime runtime;
  private final OkrForJiraApi api;

  UpdateService(ClientRuntime runtime, OkrForJiraApi api) {
    this.runtime = runtime;
    this.api = api;
  }

  /**
   * The update history, newest first, fetched lazily page by page following {@code nextCursor}
   * (stops when the cursor is missing or repeats).
   *
   * @param query which updates
   * @return the lazy listing
   */
  public PagedIterable<OkrUpdate> history(UpdateHistoryQuery query) {
    Checks.require(query, "query");
    return runtime.paging().cursor(
            cursor -> {
              UpdatePage page = historyPage(query, cursor);
              return PageResult.of(page.updates(), null, page.nextCursor().orElse(null));
            });
  }

  /**
   * One page of the update history.
   *
   * @param query which updates
   * @param cursor the page's cursor ({@code UpdatePage.nextCursor()}), or {@code null} for the first
   * @return the page
   */
  public UpdatePage historyPage(UpdateHistoryQuery query, @Nullable String cursor) {
    return runtime.execute(historyCall(query, cursor));
  }

  /**
   * Async twin of {@link #historyPage(UpdateHistoryQuery, String)}.
   *
   * @param query which updates
   * @param cursor the page's cursor, or {@code null} for the first
   * @return the future page
   */
  public CompletableFuture<UpdatePage> historyPageAsync(UpdateHistoryQuery query, @Nullable String cursor) {
    return runtime.executeAsync(historyCall(query, cursor));
  }

  /**
   * Comments on updates, fetched lazily page by page following {@code nextCursor} (stops when the
   * cursor is missing or repeats).
   *
   * @param query which comments
   * @return the lazy listing
   */
  public PagedIterable<UpdateComment> comments(UpdateCommentQuery query) {
    Checks.require(query, "query");
    return runtime.paging().cursor(
            cursor -> {
              CommentPage page = commentsPage(query, cursor);
              return PageResult.of(page.comments(), null, page.nextCursor().orElse(null));
            });
  }

  /**
   * One page of comments.
   *
   * @param query which comments
   * @param cursor the page's cursor ({@code CommentPage.nextCursor()}), or {@code null} for the first
   * @return the page
   */
  public CommentPage commentsPage(UpdateCommentQuery query, @Nullable String cursor) {
    return runtime.execute(commentsCall(query, cursor));
  }

  /**
   * Async twin of {@link #commentsPage(UpdateCommentQuery, String)}.
   *
   * @param query which comments
   * @param cursor the page's cursor, or {@code null} for the first
   * @return the future page
   */
  public CompletableFuture<CommentPage> commentsPageAsync(UpdateCommentQuery query, @Nullable String cursor) {
    return runtime.executeAsync(commentsCall(query, cursor));
  }

  /**
   * Records an update of an objective.
   *
   * @param objectiveId the objective's id
   * @param status the new status, or {@code null} to leave it out
   * @param description the update's description, or {@code null} to leave it out
   * @return the created update
   * @throws IllegalArgumentException when the id is null or blank (nothing is sent)
   */
  public OkrUpdate objective(String objectiveId, @Nullable OkrStatus status, @Nullable String description) {
    return objective(objectiveRequest(objectiveId, status, description));
  }

  /**
   * Async twin of {@link #objective(String, OkrStatus, String)}.
   *
   * @param objectiveId the objective's id
   * @param status the new status, or {@code null} to leave it out
   * @param description the update's description, or {@code null} to leave it out
   * @return the future created update
   * @throws IllegalArgumentException when the id is null or blank (nothing is sent)
   */
  public CompletableFuture<OkrUpdate> objectiveAsync(String objectiveId, @Nullable OkrStatus status, @Nullable String description) {
    return objectiveAsync(objectiveRequest(objectiveId, status, description));
  }

  /**
   * Records an update of an objective from a request body.
   *
   * @param request the body
   * @return the created update
   */
  public OkrUpdate objective(ObjectiveUpdateRequest request) {
    return runtime.execute(api.updateObjective(Checks.require(request, "request")));
  }

  /**
   * Async twin of {@link #objective(ObjectiveUpdateRequest)}.
   *
   * @param request the body
   * @return the future created update
   */
  public CompletableFuture<OkrUpdate> objectiveAsync(ObjectiveUpdateRequest request) {
    return runtime.executeAsync(api.updateObjective(Checks.require(request, "request")));
  }

  /**
   * Records an update of a key result.
   *
   * @param keyResultId the key result's id
   * @param status the new status, or {@code null} to leave it out
   * @param newValue the new current value, or {@code null} to leave it out (an automatic key result
   *     refuses one with 403)
   * @param description the update's description, or {@code null} to leave it out
   * @return the created update
   * @throws IllegalArgumentException when the id is null or blank or the value not finite (nothing
   *     is sent)
   */
  public OkrUpdate keyResult(String keyResultId, @Nullable OkrStatus status, @Nullable Double newValue, @Nullable String description) {
    return keyResult(keyResultRequest(keyResultId, status, newValue, description));
  }

  /**
   * Async twin of {@link #keyResult(String, OkrStatus, Double, String)}.
   *
   * @param keyResultId the key result's id
   * @param status the new status, or {@code null} to leave it out
   * @param newValue the new current value, or {@code null} to leave it out
   * @param description the update's description, or {@code null} to leave it out
   * @return the future created update
   * @throws IllegalArgumentException when the id is null or blank or the value not finite (nothing
   *     is sent)
   */
  public CompletableFuture<OkrUpdate> keyResultAsync(
      String keyResultId, @Nullable OkrStatus status, @Nullable Double newValue, @Nullable String description) {
    return keyResultAsync(keyResultRequest(keyResultId, status, newValue, description));
  }

  /**
   * Records an update of a key result from a request body.
   *
   * @param request the body
   * @return the created update
   */
  public OkrUpdate keyResult(KeyResultUpdateRequest request) {
    return runtime.execute(api.updateKeyResult(Checks.require(request, "request")));
  }

  /**
   * Async twin of {@link #keyResult(KeyResultUpdateRequest)}.
   *
   * @param request the body
   * @return the future created update
   */
  public CompletableFuture<OkrUpdate> keyResultAsync(KeyResultUpdateRequest request) {
    return runtime.executeAsync(api.updateKeyResult(Checks.require(request, "request")));
  }

  private Call<UpdatePage> historyCall(UpdateHistoryQuery query, @Nullable String cursor) {
    Checks.require(query, "query");
    return api.updates(
        query.entityId().orElse(null),
        cursor,
        pageSize(query.pageSize()),
        epochMilli(query.laterThan().orElse(null)),
        epochMilli(query.earlierThan().orElse(null)));
  }

  private Call<CommentPage> commentsCall(UpdateCommentQuery query, @Nullable String cursor) {
    Checks.require(query, "query");
    return api.updateComments(
        query.updateIds().isEmpty() ? null : List.copyOf(query.updateIds()),
        cursor,
        pageSize(query.pageSize()),
        epochMilli(query.laterThan().orElse(null)),
        epochMilli(query.earlierThan().orElse(null)));
  }

  private static ObjectiveUpdateRequest objectiveRequest(String objectiveId, @Nullable OkrStatus status, @Nullable String description) {
    return ObjectiveUpdateRequest.builder()
        .objectiveId(Checks.requireText(objectiveId, "objectiveId"))
        .status(Optional.ofNullable(status).map(OpenEnum::of))
        .description(Optional.ofNullable(description))
        .build();
  }

  private static KeyResultUpdateRequest keyResultRequest(
      String keyResultId, @Nullable OkrStatus status, @Nullable Double newValue, @Nullable String description) {
    return KeyResultUpdateRequest.builder()
        .keyResultId(Checks.requireText(keyResultId, "keyResultId"))
        .status(Optional.ofNullable(status).map(OpenEnum::of))
        .newValue(Optional.ofNullable(newValue))
        .description(Optional.ofNullable(description))
        .build();
  }

  @Override
  public String toString() {
    return "UpdateService{" + runtime.baseUrl() + "}";
  }

  private static @Nullable Integer pageSize(OptionalInt pageSize) {
    return pageSize.isPresent() ? pageSize.getAsInt() : null;
  }

  private static @Nullable Long epochMilli(@Nullable Instant instant) {
    return instant == null ? null : instant.toEpochMilli();
  }
}
