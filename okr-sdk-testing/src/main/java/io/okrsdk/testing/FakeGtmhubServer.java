package io.okrsdk.testing;

import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.testing.gtmhub.GoalStore;
import io.okrsdk.testing.gtmhub.GtmhubRouter;
import io.okrsdk.testing.gtmhub.WorkflowStatus;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A fake Gtmhub / Quantive Results API on loopback: the 17 goal endpoints with in-memory goals,
 * for tests and examples.
 *
 * <pre>{@code
 * @RegisterExtension final FakeGtmhubServer gtmhub = new FakeGtmhubServer().withGeneratedGoals(500);
 *
 * @Test void approves(GtmhubClient client) {
 *   client.goals().requestReview(FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID, List.of(FakeGtmhubServer.USER_ID));
 *   client.goals().approve(FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID, "Looks good");
 *   assertThat(gtmhub.workflowStatus(FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID)).hasValue(WorkflowStatus.APPROVED);
 * }
 * }</pre>
 *
 * <p>What it does like the service:
 *
 * <ul>
 *   <li>Credentials: {@code Authorization: Bearer} {@value #TOKEN} (else 401) and {@code
 *       gtmhub-accountId:} {@value #ACCOUNT_ID} (missing: 400; another account: 401).
 *   <li>{@code GET api/v2/goals}: {@code {items, totalCount}} with {@code skip}/{@code limit}
 *       (default 100); MongoDB-style {@code filter} ({@code {field: value}}, {@code $in}, {@code
 *       $nin}, {@code $regex}, {@code $gt}..{@code $lte}, {@code $ne}, {@code $exists}, {@code
 *       $and}/{@code $or}, {@code _id}, dotted paths); {@code sort} with {@code -} for descending;
 *       {@code fields} with nested {@code metrics{name,attainment}}; metrics and {@code
 *       links.expanded} left out unless asked for; {@code formatting=plainText} turns mention markup
 *       into {@code @Name}.
 *   <li>Grouped-by owners and reviewers with {@code skip}/{@code take} and their conditions; goals
 *       by metric owner; get, create (201), bulk create, PATCH (only the fields sent), PUT,
 *       confidence, delete and bulk delete; 404 for unknown goals.
 *   <li>Strict like the service: a write whose body is not {@code application/json}, or that refers
 *       to a session, parent goal, owner or assignee the account does not have, is refused with 400
 *       and changes nothing. A PATCH's explicit {@code null} clears the field (or custom field
 *       entry); clearing {@code name}, {@code sessionId} or {@code ownerIds} is refused with 400.
 *   <li>Approval workflow: review (409 when the goal is already in review or approved), approve and
 *       decline (only by a selected reviewer), withdraw (only by an owner), each recording a
 *       workflow action. A goal in review or approved is locked: PUT and PATCH answer 423 "item is
 *       locked" until it is withdrawn or declined.
 * </ul>
 *
 * <p>The calling user is {@link #USER_ID}. The account starts with {@value #SEEDED_GOAL_COUNT}
 * hand-written goals in three sessions (the quarters before, around and after the clock's date);
 * {@link #withGeneratedGoals(int)} adds any number of deterministic ones. State is thread-safe.
 */
public final class FakeGtmhubServer extends FakeServer<GtmhubClient> {
  /** The API token the fake accepts. */
  public static final String TOKEN = "fake-gtmhub-token-7c41e2";
  /** The account id the fake accepts in {@code gtmhub-accountId}. */
  public static final String ACCOUNT_ID = "64b7f3a2c9e1d40001a7acc1";
  /** The user the token belongs to: owner of created goals, author of workflow actions. */
  public static final String USER_ID = "64b7f3a2c9e1d40001a70001";
  /** Another user, who reviews the seeded goals. */
  public static final String REVIEWER_ID = "64b7f3a2c9e1d40001a70002";
  /** A team owning goals; {@link #USER_ID} is a member. */
  public static final String SALES_TEAM_ID = "64b7f3a2c9e1d40001a7e001";
  /** Another team owning goals. */
  public static final String PLATFORM_TEAM_ID = "64b7f3a2c9e1d40001a7e002";
  /** The session (quarter) before the clock's quarter. */
  public static final String PAST_SESSION_ID = "64b7f3a2c9e1d40001a75001";
  /** The session of the clock's quarter. */
  public static final String CURRENT_SESSION_ID = "64b7f3a2c9e1d40001a75002";
  /** The session after the clock's quarter. */
  public static final String NEXT_SESSION_ID = "64b7f3a2c9e1d40001a75003";
  /** A seeded goal, owned by {@link #USER_ID} and a team, approved by {@link #REVIEWER_ID}. */
  public static final String SEEDED_APPROVED_GOAL_ID = "64b7f3a2c9e1d40001a7a001";
  /** A seeded goal in review, with {@link #USER_ID} as its reviewer. */
  public static final String SEEDED_IN_REVIEW_GOAL_ID = "64b7f3a2c9e1d40001a7a002";
  /** A seeded draft goal. */
  public static final String SEEDED_DRAFT_GOAL_ID = "64b7f3a2c9e1d40001a7a003";
  /** How many goals the account starts with. */
  public static final int SEEDED_GOAL_COUNT = 8;
  /** The path prefix of Quantive hosts, for {@link #withPathPrefix(String)}. */
  public static final String QUANTIVE_PATH_PREFIX = "results/";

  private final GoalStore store;
  private final GtmhubRouter router;

  /** A fake with the seeded goals and the system clock. */
  public FakeGtmhubServer() {
    this(Clock.systemUTC());
  }

  /**
   * A fake with the seeded goals and a clock, which sets the sessions, creation dates and workflow
   * dates (a fixed clock makes every answer repeatable).
   *
   * @param clock the clock
   */
  public FakeGtmhubServer(Clock clock) {
    this.store = new GoalStore(Objects.requireNonNull(clock, "clock"), ACCOUNT_ID, USER_ID);
    this.router = new GtmhubRouter(store, TOKEN, ACCOUNT_ID);
  }

  /**
   * Adds deterministic generated goals (each tagged {@code generated}), numbered on from any
   * generated before.
   *
   * @param count how many, 0 or more
   * @return this fake
   */
  public FakeGtmhubServer withGeneratedGoals(int count) {
    store.generate(count);
    return this;
  }

  /**
   * Serves the API under a path prefix, as Quantive hosts do ({@link #QUANTIVE_PATH_PREFIX}).
   * Clients made afterwards use it; paths outside it answer 404.
   *
   * @param pathPrefix the prefix, such as {@code "results/"}, or {@code ""} for none
   * @return this fake
   */
  public FakeGtmhubServer withPathPrefix(String pathPrefix) {
    router.pathPrefix(pathPrefix);
    return this;
  }

  /**
   * The base URL a client should use: {@link #baseUrl()} plus the path prefix, if any.
   *
   * @return the API base URL, ending in {@code /}
   */
  public String apiBaseUrl() {
    return baseUrl() + router.pathPrefix();
  }

  /**
   * A client builder already pointed at this fake (base URL, token and account id) whose retry
   * waits are recorded in {@link #recordedWaits()}, not slept, for tests that add options such as
   * {@code .maxRetries(...)}.
   *
   * @return the builder
   */
  public GtmhubClient.Builder clientBuilder() {
    return GtmhubClient.builder().baseUrl(apiBaseUrl()).credentials(TOKEN, ACCOUNT_ID).sleeper(recordingSleeper());
  }

  @Override
  public GtmhubClient newClient() {
    return clientBuilder().build();
  }

  @Override
  protected Class<GtmhubClient> clientType() {
    return GtmhubClient.class;
  }

  /**
   * The in-memory goals, to check state the API does not show.
   *
   * @return the store
   */
  public GoalStore store() {
    return store;
  }

  /**
   * How many goals the account has.
   *
   * @return the count
   */
  public int goalCount() {
    return store.size();
  }

  /**
   * A goal's place in the approval workflow.
   *
   * @param goalId the goal's id
   * @return the status, or empty for an unknown goal
   */
  public Optional<WorkflowStatus> workflowStatus(String goalId) {
    return store.status(goalId);
  }

  /**
   * Gtmhub's awkward variants (see {@link Awkward}): {@code closedStatus} as its status string,
   * metrics' {@code format.fractionSize} with a fraction, no {@code dateCreated}, the bare items
   * array from the grouped-by, workflow-action, metric-owner and bulk-create endpoints (whose docs
   * show {@code {}}), and a single goal wrapped as {@code {"data": {...}}}.
   *
   * @param variant the variant
   * @param request the request answered
   * @param body the answer's JSON
   * @return the changed JSON
   */
  @Override
  protected Object awkwardBody(Awkward variant, RecordedRequest request, Object body) {
    switch (variant) {
      case OTHER_TYPE:
        AwkwardJson.flatten(body, "closedStatus", "status");
        return body;
      case FRACTION_FOR_INTEGER:
        AwkwardJson.addHalf(body, "fractionSize");
        return body;
      case MISSING_OPTIONAL:
        AwkwardJson.remove(body, "dateCreated");
        return body;
      case BARE_ARRAY:
        return undocumentedList(request) && body instanceof Map ? ((Map<?, ?>) body).get("items") : body;
      case WRAPPED_OBJECT:
        return body instanceof Map && ((Map<?, ?>) body).containsKey("id") ? AwkwardJson.wrap("data", body) : body;
      default:
        return body;
    }
  }

  /** The lists whose docs show {@code {}}: every one but {@code GET api/v2/goals}. */
  private static boolean undocumentedList(RecordedRequest request) {
    List<String> path = request.getUrl().pathSegments();
    String last = path.get(path.size() - 1);
    return path.contains("groupBy")
        || last.equals("workflow-actions")
        || path.contains("metric")
        || (last.equals("bulk") && request.getMethod().equals("POST"));
  }

  @Override
  protected MockResponse handle(RecordedRequest request) {
    return router.route(request);
  }
}
