package io.okrsdk.gtmhub;

import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.OkrException;
import io.okrsdk.core.internal.PathSegments;
import io.okrsdk.core.internal.Checks;
import io.okrsdk.core.internal.paging.PageResult;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.gtmhub.internal.GtmhubGoalApi;
import io.okrsdk.gtmhub.model.CreatedGoals;
import io.okrsdk.gtmhub.model.Goal;
import io.okrsdk.gtmhub.model.GoalComment;
import io.okrsdk.gtmhub.model.GoalConfidence;
import io.okrsdk.gtmhub.model.GoalGroup;
import io.okrsdk.gtmhub.model.GoalGroupList;
import io.okrsdk.gtmhub.model.GoalIdsEnvelope;
import io.okrsdk.gtmhub.model.GoalList;
import io.okrsdk.gtmhub.model.GoalPatch;
import io.okrsdk.gtmhub.model.GoalRequest;
import io.okrsdk.gtmhub.model.GoalReviewers;
import io.okrsdk.gtmhub.model.GoalsEnvelope;
import io.okrsdk.gtmhub.model.WorkflowActionList;
import io.okrsdk.gtmhub.query.Fields;
import io.okrsdk.gtmhub.query.Formatting;
import io.okrsdk.gtmhub.query.ListQuery;
import io.okrsdk.gtmhub.query.Sort;
import io.okrsdk.gtmhub.query.AttainmentCondition;
import io.okrsdk.gtmhub.query.DeadlineFilter;
import io.okrsdk.gtmhub.query.GroupByQuery;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * Goals (objectives): listing, reading, creating, updating, deleting and the approval workflow.
 * Every method has an async twin returning a {@link CompletableFuture}.
 *
 * <p>Input is checked before anything is sent: a {@code null} or blank id, an empty id list or an
 * empty patch fails with {@link IllegalArgumentException} (thrown directly, by the async twins
 * too). Everything that goes wrong after that is an {@link OkrException}: for this API notably
 * {@link io.okrsdk.core.PaymentRequiredException} (402), {@link io.okrsdk.core.ConflictException}
 * (409, reviewing) and {@link io.okrsdk.core.LockedException} (423, the goal is locked).
 *
 * <p>Thread-safe.
 */
public final class GoalService {
  private final ClientRuntime runtime;
  private final GtmhubGoalApi api;
  private final BulkBodyStyle bulkBodies;

  GoalService(ClientRuntime runtime, GtmhubGoalApi api, BulkBodyStyle bulkBodies) {
    this.runtime = runtime;
    this.api = api;
    this.bulkBodies = bulkBodies;
  }

  // Made for each listing rather than with the service: its method references would otherwise be
  // linked on the first call of every program, listing or not.
  private QueryListing<Goal, GoalList> listing() {
    return new QueryListing<>(runtime, api::listGoals, GoalList::items, GoalList::totalCount);
  }

  // ---- GET /api/v2/goals

  /**
   * Every goal, fetched lazily page by page with the default page size; the same as {@code
   * list(ListQuery.all())}.
   *
   * @return the lazy listing
   */
  public PagedIterable<Goal> list() {
    return list(ListQuery.all());
  }

  /**
   * All goals matching the query, fetched lazily page by page with {@code skip} and {@code
   * limit}. Nothing is requested until iteration begins; iteration stops at the reported {@code
   * totalCount} or on an empty page.
   *
   * @param query the query; {@link ListQuery#all()} for every goal
   * @return the lazy listing
   */
  public PagedIterable<Goal> list(ListQuery query) {
    return listing().list(query);
  }

  /**
   * One page of goals.
   *
   * @param query the query (its page size is not used)
   * @param skip goals to skip, at least 0
   * @param limit goals to return, at least 1
   * @return the page with its {@code totalCount}
   */
  public GoalList listPage(ListQuery query, long skip, int limit) {
    return listing().page(query, skip, limit);
  }

  /**
   * One page of goals, asynchronously.
   *
   * @param query the query (its page size is not used)
   * @param skip goals to skip, at least 0
   * @param limit goals to return, at least 1
   * @return the future page
   */
  public CompletableFuture<GoalList> listPageAsync(ListQuery query, long skip, int limit) {
    return listing().pageAsync(query, skip, limit);
  }

  // ---- GET /api/v1/goals/groupBy/owners and /reviewers

  /**
   * Owners (users or teams) with the goals they own, fetched lazily with {@code skip} and {@code
   * take}.
   *
   * @param query the query; {@link GroupByQuery#all()} for no conditions
   * @return the lazy listing of groups
   */
  public PagedIterable<GoalGroup> groupByOwners(GroupByQuery query) {
    Checks.require(query, "query");
    return runtime.paging().skip(query.pageSize(), (take, skip) -> toGroups(groupByOwnersPage(query, skip, take)));
  }

  /**
   * One page of owners with their goals.
   *
   * @param query the query (its page size is not used)
   * @param skip groups to skip, at least 0
   * @param take groups to return, at least 1
   * @return the page
   */
  public GoalGroupList groupByOwnersPage(GroupByQuery query, long skip, int take) {
    return runtime.execute(groupByCall(true, query, skip, take));
  }

  /**
   * One page of owners with their goals, asynchronously.
   *
   * @param query the query (its page size is not used)
   * @param skip groups to skip, at least 0
   * @param take groups to return, at least 1
   * @return the future page
   */
  public CompletableFuture<GoalGroupList> groupByOwnersPageAsync(GroupByQuery query, long skip, int take) {
    return runtime.executeAsync(groupByCall(true, query, skip, take));
  }

  /**
   * Reviewers with the goals they are to review, fetched lazily with {@code skip} and {@code
   * take}.
   *
   * @param query the query; {@link GroupByQuery#all()} for no conditions
   * @return the lazy listing of groups
   */
  public PagedIterable<GoalGroup> groupByReviewers(GroupByQuery query) {
    Checks.require(query, "query");
    return runtime.paging().skip(query.pageSize(), (take, skip) -> toGroups(groupByReviewersPage(query, skip, take)));
  }

  /**
   * One page of reviewers with their goals.
   *
   * @param query the query (its page size is not used)
   * @param skip groups to skip, at least 0
   * @param take groups to return, at least 1
   * @return the page
   */
  public GoalGroupList groupByReviewersPage(GroupByQuery query, long skip, int take) {
    return runtime.execute(groupByCall(false, query, skip, take));
  }

  /**
   * One page of reviewers with their goals, asynchronously.
   *
   * @param query the query (its page size is not used)
   * @param skip groups to skip, at least 0
   * @param take groups to return, at least 1
   * @return the future page
   */
  public CompletableFuture<GoalGroupList> groupByReviewersPageAsync(GroupByQuery query, long skip, int take) {
    return runtime.executeAsync(groupByCall(false, query, skip, take));
  }

  // ---- GET /api/v1/goals/metric/{ownerId}

  /**
   * Goals that have metrics (key results) owned by a user or team.
   *
   * @param metricOwnerId the metric owner's id
   * @return the goals
   */
  public GoalList listByMetricOwner(String metricOwnerId) {
    return runtime.execute(api.goalsByMetricOwner(PathSegments.encode(metricOwnerId, "ownerId")));
  }

  /**
   * Goals that have metrics owned by a user or team, asynchronously.
   *
   * @param metricOwnerId the metric owner's id
   * @return the future goals
   */
  public CompletableFuture<GoalList> listByMetricOwnerAsync(String metricOwnerId) {
    return runtime.executeAsync(api.goalsByMetricOwner(PathSegments.encode(metricOwnerId, "ownerId")));
  }

  // ---- GET /api/v1/goals/{goalId}

  /**
   * A goal, without {@code links.expanded} (use {@link #get(String, Fields, Formatting)} to ask
   * for it).
   *
   * @param goalId the goal's id
   * @return the goal
   */
  public Goal get(String goalId) {
    return get(goalId, null, null);
  }

  /**
   * A goal with a projection and formatting.
   *
   * @param goalId the goal's id
   * @param fields the projection, such as {@code Fields.of("name").nested("links", "expanded")};
   *     {@code null} for the default
   * @param formatting how descriptions are returned; {@code null} for the default (mention
   *     markup)
   * @return the goal
   */
  public Goal get(String goalId, @Nullable Fields fields, @Nullable Formatting formatting) {
    return runtime.execute(getCall(goalId, fields, formatting));
  }

  /**
   * A goal, asynchronously.
   *
   * @param goalId the goal's id
   * @return the future goal
   */
  public CompletableFuture<Goal> getAsync(String goalId) {
    return getAsync(goalId, null, null);
  }

  /**
   * A goal with a projection and formatting, asynchronously.
   *
   * @param goalId the goal's id
   * @param fields the projection; {@code null} for the default
   * @param formatting how descriptions are returned; {@code null} for the default
   * @return the future goal
   */
  public CompletableFuture<Goal> getAsync(String goalId, @Nullable Fields fields, @Nullable Formatting formatting) {
    return runtime.executeAsync(getCall(goalId, fields, formatting));
  }

  // ---- GET /api/v1/goals/{goalId}/workflow-actions

  /**
   * The goal's workflow actions.
   *
   * @param goalId the goal's id
   * @return the actions
   */
  public WorkflowActionList workflowActions(String goalId) {
    return runtime.execute(api.getWorkflowActions(goalId(goalId)));
  }

  /**
   * The goal's workflow actions, asynchronously.
   *
   * @param goalId the goal's id
   * @return the future actions
   */
  public CompletableFuture<WorkflowActionList> workflowActionsAsync(String goalId) {
    return runtime.executeAsync(api.getWorkflowActions(goalId(goalId)));
  }

  // ---- POST /api/v1/goals and /bulk

  /**
   * Creates a goal.
   *
   * @param goal the goal
   * @return the created goal, with its new {@code id}
   */
  public Goal create(GoalRequest goal) {
    return runtime.execute(api.createGoal(Checks.require(goal, "goal")));
  }

  /**
   * Creates a goal, asynchronously.
   *
   * @param goal the goal
   * @return the future created goal
   */
  public CompletableFuture<Goal> createAsync(GoalRequest goal) {
    return runtime.executeAsync(api.createGoal(Checks.require(goal, "goal")));
  }

  /**
   * Creates several goals in one request. The body is a JSON array unless the client was built
   * with {@link BulkBodyStyle#WRAPPED}.
   *
   * @param goals the goals, at least one
   * @return the created goals
   */
  public CreatedGoals createAll(Collection<GoalRequest> goals) {
    return runtime.execute(createAllCall(goals));
  }

  /**
   * Creates several goals in one request, asynchronously.
   *
   * @param goals the goals, at least one
   * @return the future created goals
   */
  public CompletableFuture<CreatedGoals> createAllAsync(Collection<GoalRequest> goals) {
    return runtime.executeAsync(createAllCall(goals));
  }

  // ---- Approval workflow

  /**
   * Approves a goal (approval workflow). Only a reviewer of the goal may approve it.
   *
   * @param goalId the goal's id
   * @param comment the reason; may be empty, not {@code null}
   */
  public void approve(String goalId, String comment) {
    runtime.execute(api.approveGoal(goalId(goalId), comment(comment)));
  }

  /**
   * Approves a goal, asynchronously.
   *
   * @param goalId the goal's id
   * @param comment the reason; may be empty, not {@code null}
   * @return a future completed when the goal is approved
   */
  public CompletableFuture<Void> approveAsync(String goalId, String comment) {
    return runtime.executeAsync(api.approveGoal(goalId(goalId), comment(comment)));
  }

  /**
   * Declines a goal, which goes back to draft. Only a reviewer of the goal may decline it.
   *
   * @param goalId the goal's id
   * @param comment the reason; may be empty, not {@code null}
   */
  public void decline(String goalId, String comment) {
    runtime.execute(api.declineGoal(goalId(goalId), comment(comment)));
  }

  /**
   * Declines a goal, asynchronously.
   *
   * @param goalId the goal's id
   * @param comment the reason; may be empty, not {@code null}
   * @return a future completed when the goal is declined
   */
  public CompletableFuture<Void> declineAsync(String goalId, String comment) {
    return runtime.executeAsync(api.declineGoal(goalId(goalId), comment(comment)));
  }

  /**
   * Selects users as the goal's reviewers. Each needs read and update permission on the goal; a
   * conflict is reported as {@link io.okrsdk.core.ConflictException}.
   *
   * @param goalId the goal's id
   * @param reviewerIds the reviewers' user ids, at least one
   */
  public void requestReview(String goalId, Collection<String> reviewerIds) {
    runtime.execute(api.reviewGoal(goalId(goalId), GoalReviewers.of(Checks.idList(reviewerIds, "reviewerIds"))));
  }

  /**
   * Selects users as the goal's reviewers, asynchronously.
   *
   * @param goalId the goal's id
   * @param reviewerIds the reviewers' user ids, at least one
   * @return a future completed when the reviewers are set
   */
  public CompletableFuture<Void> requestReviewAsync(String goalId, Collection<String> reviewerIds) {
    return runtime.executeAsync(api.reviewGoal(goalId(goalId), GoalReviewers.of(Checks.idList(reviewerIds, "reviewerIds"))));
  }

  /**
   * Puts a goal back in draft, where it is not locked and can be edited. Only the goal's owners
   * may withdraw it.
   *
   * @param goalId the goal's id
   */
  public void withdraw(String goalId) {
    runtime.execute(api.withdrawGoal(goalId(goalId)));
  }

  /**
   * Puts a goal back in draft, asynchronously.
   *
   * @param goalId the goal's id
   * @return a future completed when the goal is withdrawn
   */
  public CompletableFuture<Void> withdrawAsync(String goalId) {
    return runtime.executeAsync(api.withdrawGoal(goalId(goalId)));
  }

  // ---- Updates

  /**
   * Changes exactly the fields set in the patch ({@code PATCH}); a locked goal fails with {@link
   * io.okrsdk.core.LockedException}.
   *
   * @param goalId the goal's id
   * @param patch the fields to change, at least one
   * @return the updated goal
   */
  public Goal update(String goalId, GoalPatch patch) {
    return runtime.execute(api.patchGoal(goalId(goalId), patch(patch)));
  }

  /**
   * Changes exactly the fields set in the patch, asynchronously.
   *
   * @param goalId the goal's id
   * @param patch the fields to change, at least one
   * @return the future updated goal
   */
  public CompletableFuture<Goal> updateAsync(String goalId, GoalPatch patch) {
    return runtime.executeAsync(api.patchGoal(goalId(goalId), patch(patch)));
  }

  /**
   * Replaces a whole goal ({@code PUT}).
   *
   * @param goalId the goal's id
   * @param goal the whole goal
   * @return the updated goal
   * @deprecated The vendor deprecated {@code PUT goals/{goalId}}: use {@link #update(String,
   *     GoalPatch)} (PATCH) instead.
   */
  @Deprecated
  public Goal replace(String goalId, GoalRequest goal) {
    return runtime.execute(api.replaceGoal(goalId(goalId), Checks.require(goal, "goal")));
  }

  /**
   * Replaces a whole goal, asynchronously.
   *
   * @param goalId the goal's id
   * @param goal the whole goal
   * @return the future updated goal
   * @deprecated The vendor deprecated {@code PUT goals/{goalId}}: use {@link #updateAsync(String,
   *     GoalPatch)} (PATCH) instead.
   */
  @Deprecated
  public CompletableFuture<Goal> replaceAsync(String goalId, GoalRequest goal) {
    return runtime.executeAsync(api.replaceGoal(goalId(goalId), Checks.require(goal, "goal")));
  }

  /**
   * Sets a confidence on the whole goal.
   *
   * @param goalId the goal's id
   * @param confidence the confidence
   * @return the goal
   * @deprecated The vendor deprecated {@code PUT goals/{goalId}/confidence}: confidence is
   *     available on the key result level; update the key result (PATCH Key Result) instead.
   */
  @Deprecated
  public Goal updateConfidence(String goalId, GoalConfidence confidence) {
    return runtime.execute(api.updateGoalConfidence(goalId(goalId), Checks.require(confidence, "confidence")));
  }

  /**
   * Sets a confidence on the whole goal, asynchronously.
   *
   * @param goalId the goal's id
   * @param confidence the confidence
   * @return the future goal
   * @deprecated The vendor deprecated {@code PUT goals/{goalId}/confidence}: confidence is
   *     available on the key result level; update the key result (PATCH Key Result) instead.
   */
  @Deprecated
  public CompletableFuture<Goal> updateConfidenceAsync(String goalId, GoalConfidence confidence) {
    return runtime.executeAsync(
        api.updateGoalConfidence(goalId(goalId), Checks.require(confidence, "confidence")));
  }

  // ---- Deletes

  /**
   * Deletes a goal.
   *
   * @param goalId the goal's id
   */
  public void delete(String goalId) {
    runtime.execute(api.deleteGoal(goalId(goalId)));
  }

  /**
   * Deletes a goal, asynchronously.
   *
   * @param goalId the goal's id
   * @return a future completed when the goal is deleted
   */
  public CompletableFuture<Void> deleteAsync(String goalId) {
    return runtime.executeAsync(api.deleteGoal(goalId(goalId)));
  }

  /**
   * Deletes several goals in one request. The body is a JSON array of ids unless the client was
   * built with {@link BulkBodyStyle#WRAPPED}.
   *
   * @param goalIds the goals' ids, at least one
   */
  public void deleteAll(Collection<String> goalIds) {
    runtime.execute(deleteAllCall(goalIds));
  }

  /**
   * Deletes several goals in one request, asynchronously.
   *
   * @param goalIds the goals' ids, at least one
   * @return a future completed when the goals are deleted
   */
  public CompletableFuture<Void> deleteAllAsync(Collection<String> goalIds) {
    return runtime.executeAsync(deleteAllCall(goalIds));
  }

  // ---- Helpers

  private Call<CreatedGoals> createAllCall(Collection<GoalRequest> goals) {
    List<GoalRequest> checked = Checks.itemList(goals, "goals");
    return bulkBodies == BulkBodyStyle.WRAPPED
        ? api.createGoalsWrapped(GoalsEnvelope.of(checked))
        : api.createGoals(checked);
  }

  private Call<Void> deleteAllCall(Collection<String> goalIds) {
    List<String> checked = Checks.idList(goalIds, "goalIds");
    return bulkBodies == BulkBodyStyle.WRAPPED
        ? api.deleteGoalsWrapped(GoalIdsEnvelope.of(checked))
        : api.deleteGoals(checked);
  }


  private Call<GoalGroupList> groupByCall(boolean owners, GroupByQuery query, long skip, int take) {
    Checks.require(query, "query");
    Checks.pageWindow(skip, "skip", take, "take");
    String filter = query.filter().map(DeadlineFilter::wireValue).orElse(null);
    String ids = joined(query.ids());
    String ownerIds = joined(query.ownerIds());
    String metricOwnerIds = joined(query.metricOwnerIds());
    String attainment = query.attainment().map(AttainmentCondition::toString).orElse(null);
    String metricAttainment = query.metricAttainment().map(AttainmentCondition::toString).orElse(null);
    String sort = query.sort().map(Sort::toString).orElse(null);
    Boolean includeMetrics = query.includeMetrics().orElse(null);
    return owners
        ? api.groupByOwners(filter, ids, ownerIds, metricOwnerIds, attainment, query.metricBefore().orElse(null),
            query.metricAfter().orElse(null), metricAttainment, sort, includeMetrics, skip, take)
        : api.groupByReviewers(filter, ids, ownerIds, metricOwnerIds, attainment, query.metricBefore().orElse(null),
            query.metricAfter().orElse(null), metricAttainment, sort, includeMetrics, skip, take);
  }

  /** Ids as one comma-separated value (the query checked they hold no comma), or none. */
  private static @Nullable String joined(List<String> ids) {
    return ids.isEmpty() ? null : String.join(",", ids);
  }

  private Call<Goal> getCall(String goalId, @Nullable Fields fields, @Nullable Formatting formatting) {
    return api.getGoal(
        goalId(goalId),
        fields == null ? null : fields.toString(),
        formatting == null ? null : formatting.wireValue());
  }

  private static String goalId(String goalId) {
    return PathSegments.encode(goalId, "goalId");
  }

  private static GoalComment comment(String comment) {
    if (comment == null) {
      throw new IllegalArgumentException("comment is required but was null (pass \"\" for none)");
    }
    return GoalComment.of(comment);
  }

  private static GoalPatch patch(GoalPatch patch) {
    Checks.require(patch, "patch");
    if (patch.isEmpty()) {
      throw new IllegalArgumentException("patch sets no field: it would change nothing");
    }
    return patch;
  }


  private static PageResult<GoalGroup> toGroups(GoalGroupList page) {
    return PageResult.of(page.items(), page.totalCount().orElse(null), null);
  }
}
