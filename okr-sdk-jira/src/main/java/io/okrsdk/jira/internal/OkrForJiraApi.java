package io.okrsdk.jira.internal;

import io.okrsdk.jira.model.CommentPage;
import io.okrsdk.jira.model.KeyResultUpdateRequest;
import io.okrsdk.jira.model.ObjectiveUpdateRequest;
import io.okrsdk.jira.model.OkrExport;
import io.okrsdk.jira.model.OkrUpdate;
import io.okrsdk.jira.model.UpdatePage;
import io.okrsdk.jira.query.DateWindow;
import java.util.List;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;

/**
 * The OKR for Jira REST API, one method per documented endpoint. The services ({@link OkrService},
 * {@link UpdateService}) run it with checks, the SDK's error mapping and paging; an endpoint they
 * do not offer is reached with {@link OkrForJiraClient#request(String, String)}.
 *
 * <p>A {@code null} argument leaves an optional query parameter out. Comma-list parameters are
 * {@link CommaList}s; times are epoch milliseconds ({@link DateWindow} converts {@code Instant}s and
 * {@code LocalDate}s).
 */
public interface OkrForJiraApi {
  /**
   * {@code GET /api/v2/api-export/objectives/byDate}: objectives whose start and/or due date falls
   * in the window.
   *
   * @param startDateEpochMilli the window's start, epoch milliseconds
   * @param deadlineEpochMilli the window's end, epoch milliseconds
   * @param expand what to include besides ids (see {@link CommaList#expand(java.util.Set,
   *     java.util.Collection)}), or {@code null} for ids only
   * @return the call
   */
  @GET("api/v2/api-export/objectives/byDate")
  Call<OkrExport> objectivesByDate(
      @Query("startDateEpochMilli") long startDateEpochMilli,
      @Query("deadlineEpochMilli") long deadlineEpochMilli,
      @Query(value = "expand", encoded = true) @Nullable CommaList<String> expand);

  /**
   * {@code GET /api/v2/api-export/objectives/byIds}: objectives by id.
   *
   * @param objectiveIds the ids
   * @param expand what to include besides ids (see {@link CommaList#expand(java.util.Set,
   *     java.util.Collection)}), or {@code null} for ids only
   * @return the call
   */
  @GET("api/v2/api-export/objectives/byIds")
  Call<OkrExport> objectivesByIds(
      @Query(value = "objectiveIds", encoded = true) CommaList<String> objectiveIds,
      @Query(value = "expand", encoded = true) @Nullable CommaList<String> expand);

  /**
   * {@code GET /api/v2/api-export/keyResults/byDate}: key results whose start and/or due date falls
   * in the window.
   *
   * @param startDateEpochMilli the window's start, epoch milliseconds
   * @param deadlineEpochMilli the window's end, epoch milliseconds
   * @param expand what to include besides ids (see {@link CommaList#expand(java.util.Set,
   *     java.util.Collection)}), or {@code null} for ids only
   * @return the call
   */
  @GET("api/v2/api-export/keyResults/byDate")
  Call<OkrExport> keyResultsByDate(
      @Query("startDateEpochMilli") long startDateEpochMilli,
      @Query("deadlineEpochMilli") long deadlineEpochMilli,
      @Query(value = "expand", encoded = true) @Nullable CommaList<String> expand);

  /**
   * {@code GET /api/v2/api-export/keyResults/byIds}: key results by id.
   *
   * @param keyResultIds the ids
   * @param expand what to include besides ids (see {@link CommaList#expand(java.util.Set,
   *     java.util.Collection)}), or {@code null} for ids only
   * @return the call
   */
  @GET("api/v2/api-export/keyResults/byIds")
  Call<OkrExport> keyResultsByIds(
      @Query(value = "keyResultIds", encoded = true) CommaList<String> keyResultIds,
      @Query(value = "expand", encoded = true) @Nullable CommaList<String> expand);

  /**
   * {@code GET /api/v2/api-export/updates}: one page of the update history, newest first.
   *
   * @param entityId only updates of this objective or key result, or {@code null} for all
   * @param cursor the page's cursor, or {@code null} for the first page
   * @param pageSize updates per page (1 to 1000, server default 1000), or {@code null}
   * @param laterThan only updates after this time (exclusive), epoch milliseconds, or {@code null}
   * @param earlierThan only updates before this time (exclusive), epoch milliseconds, or {@code
   *     null}
   * @return the call
   */
  @GET("api/v2/api-export/updates")
  Call<UpdatePage> updates(
      @Query("entityId") @Nullable String entityId,
      @Query("cursor") @Nullable String cursor,
      @Query("pageSize") @Nullable Integer pageSize,
      @Query("laterThan") @Nullable Long laterThan,
      @Query("earlierThan") @Nullable Long earlierThan);

  /**
   * {@code GET /api/v2/api-export/updateComments}: one page of comments on updates.
   *
   * @param updateIds the updates whose comments to return, one {@code updateId} parameter each;
   *     {@code null} or empty for all
   * @param cursor the page's cursor, or {@code null} for the first page
   * @param pageSize comments per page, or {@code null}
   * @param laterThan only comments after this time (exclusive), epoch milliseconds, or {@code null}
   * @param earlierThan only comments before this time (exclusive), epoch milliseconds, or {@code
   *     null}
   * @return the call
   */
  @GET("api/v2/api-export/updateComments")
  Call<CommentPage> updateComments(
      @Query("updateId") List<String> updateIds,
      @Query("cursor") @Nullable String cursor,
      @Query("pageSize") @Nullable Integer pageSize,
      @Query("laterThan") @Nullable Long laterThan,
      @Query("earlierThan") @Nullable Long earlierThan);

  /**
   * {@code POST /api/v2/api-update/objectives}: records an update of an objective. Answered with
   * 201 and the created update.
   *
   * @param body the update
   * @return the call
   */
  @POST("api/v2/api-update/objectives")
  Call<OkrUpdate> updateObjective(@Body ObjectiveUpdateRequest body);

  /**
   * {@code POST /api/v2/api-update/keyResults}: records an update of a key result. Answered with
   * 201 and the created update; a {@code newValue} on an automatic key result is refused with 403.
   *
   * @param body the update
   * @return the call
   */
  @POST("api/v2/api-update/keyResults")
  Call<OkrUpdate> updateKeyResult(@Body KeyResultUpdateRequest body);
}
