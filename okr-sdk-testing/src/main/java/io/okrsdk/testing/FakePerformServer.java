package io.okrsdk.testing;

import io.okrsdk.perform.PerformClient;
import io.okrsdk.perform.model.CheckinDetail;
import io.okrsdk.perform.model.Goal;
import io.okrsdk.testing.perform.PerformDataGenerator;
import io.okrsdk.testing.perform.PerformDirectory;
import io.okrsdk.testing.perform.PerformEmployee;
import io.okrsdk.testing.perform.PerformRoutes;
import io.okrsdk.testing.perform.PerformStore;
import io.okrsdk.testing.perform.PerformTokens;
import java.math.BigDecimal;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A fake Perform &amp; Engage 365 API v2 on loopback: goals and check-ins with the vendor's JSON,
 * limit/offset paging with absolute {@code next}/{@code previous} links, the seven check-in filters,
 * the directory's users, recognition, conversations and questions ({@link #directory()}), HTTP Basic
 * credentials ({@link #USERNAME}, {@link #API_KEY}) or the token flow ({@link #PASSWORD}, {@link
 * #expireTokens()}), 404 for unknown ids and paths, and the {@link Faults} of every fake.
 *
 * <p>It starts with the vendor documentation's examples ({@link #EXAMPLE_GOAL_ID}, {@link
 * #EXAMPLE_CHECKIN_ID} and a second check-in); generated data of any size is added on top:
 *
 * <pre>{@code
 * @RegisterExtension
 * final FakePerformServer perform = new FakePerformServer().withGeneratedGoals(10_000).withGeneratedCheckins(500);
 *
 * @Test void pagesThroughGoals(PerformClient client) {
 *   assertThat(client.goals().list(250).toList()).hasSize(10_001);
 * }
 *
 * @Test void retries(PerformClient client) {   // waits are recorded, not slept: this takes milliseconds
 *   perform.faults().failNext(2, 503, Duration.ofSeconds(1));
 *   assertThat(client.goals().get(FakePerformServer.EXAMPLE_GOAL_ID).title()).hasValue("Increase sales by 20%");
 *   assertThat(perform.recordedWaits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
 * }
 * }</pre>
 *
 * <p>Generated data is deterministic: the same seed and the same calls give the same goals and
 * check-ins (see {@link PerformDataGenerator}). Thread-safe: requests are served concurrently while
 * a test adds data.
 */
public final class FakePerformServer extends FakeServer<PerformClient> {
  /** The API user's username the fake accepts. */
  public static final String USERNAME = "fake-perform-api-user";

  /** The API key (the Basic password) the fake accepts. */
  public static final String API_KEY = "fake-perform-api-key-0580";

  /**
   * The account password the token flow ({@code POST /obtainauthtoken/}) accepts with {@link
   * #USERNAME}; see {@link #tokenClientBuilder()}.
   */
  public static final String PASSWORD = "fake-perform-password-0580";

  /** The seed of {@link #FakePerformServer()}'s generated data. */
  public static final long DEFAULT_SEED = 580L;

  /** The documentation's example goal, "Increase sales by 20%". */
  public static final String EXAMPLE_GOAL_ID = "580:fef0d7fb-c87a-4607-936f-7a87f9bad6d6";

  /**
   * The documentation's example check-in with its response: Michael Test ({@code mtest@test.com}),
   * Research and Development, managed by Joanne Stefani, submitted 2025-04-11.
   */
  public static final String EXAMPLE_CHECKIN_ID = "580:ce417c60-30ca-4e39-967e-b258d496be30";

  private final PerformStore store = PerformStore.withDocsExamples();
  private final PerformDataGenerator generator;
  private final PerformDirectory directory = new PerformDirectory();
  private final PerformTokens tokens = new PerformTokens(USERNAME, PASSWORD);
  private final PerformRoutes routes = new PerformRoutes(store, directory, USERNAME, API_KEY, tokens);
  private volatile HttpUrl root;

  /** A fake holding the documentation's examples, generating data with {@link #DEFAULT_SEED}. */
  public FakePerformServer() {
    this(DEFAULT_SEED);
  }

  /**
   * A fake holding the documentation's examples, generating data with the given seed.
   *
   * @param seed the seed of {@link #withGeneratedGoals(int)} and {@link #withGeneratedCheckins(int)}
   */
  public FakePerformServer(long seed) {
    this.generator = new PerformDataGenerator(seed);
  }

  /**
   * Adds {@code count} generated goals after the goals already held; repeated calls continue the
   * numbering, so ids never repeat.
   *
   * @param count how many, 0 or more
   * @return this fake
   * @throws IllegalArgumentException when {@code count} is negative
   */
  public FakePerformServer withGeneratedGoals(int count) {
    generator.addGoals(store, count);
    return this;
  }

  /**
   * Adds {@code count} generated check-ins after those already held, each belonging to one of
   * {@link #employees()}; repeated calls continue the numbering.
   *
   * @param count how many, 0 or more
   * @return this fake
   * @throws IllegalArgumentException when {@code count} is negative
   */
  public FakePerformServer withGeneratedCheckins(int count) {
    generator.addCheckins(store, count);
    return this;
  }

  /**
   * Adds a goal at the end of the listing.
   *
   * @param goal the goal, such as one made with {@code Goal.builder()}
   * @return this fake
   * @throws IllegalArgumentException when a goal with its id is already held
   */
  public FakePerformServer addGoal(Goal goal) {
    store.addGoal(goal);
    return this;
  }

  /**
   * Adds a check-in at the end of the listing.
   *
   * @param checkin the check-in with its responses, such as one made with {@code
   *     CheckinDetail.builder()}
   * @param employee the employee it belongs to: the {@code department}, {@code manager_*} and {@code
   *     person_*} filters match on this employee
   * @return this fake
   * @throws IllegalArgumentException when a check-in with its id is already held
   */
  public FakePerformServer addCheckin(CheckinDetail checkin, PerformEmployee employee) {
    store.addCheckin(checkin, employee);
    return this;
  }

  /**
   * The employees generated check-ins belong to.
   *
   * @return the employees, each with a department and a manager
   */
  public List<PerformEmployee> employees() {
    return generator.employees();
  }

  /**
   * The users, recognitions, conversations, conversation plans and templates the fake serves,
   * seeded with the help centre's examples; add more through it.
   *
   * @return the directory
   */
  public PerformDirectory directory() {
    return directory;
  }

  /**
   * The state the fake serves: every goal and check-in, and the employee of each check-in.
   *
   * @return the store
   */
  public PerformStore store() {
    return store;
  }

  /**
   * A client builder pointed at this fake with {@link #USERNAME} and {@link #API_KEY}, whose retry
   * waits are recorded in {@link #recordedWaits()}, not slept, for tests that set more options
   * (such as {@code maxRetries(...)}) before building.
   *
   * @return a new builder; starts the fake
   */
  public PerformClient.Builder clientBuilder() {
    return PerformClient.builder().baseUrl(baseUrl()).credentials(USERNAME, API_KEY).sleeper(recordingSleeper());
  }

  /**
   * A client builder pointed at this fake that authenticates by the token flow ({@code
   * tokenCredentials(USERNAME, PASSWORD)}), with retry waits recorded like {@link #clientBuilder()}.
   *
   * @return a new builder; starts the fake
   */
  public PerformClient.Builder tokenClientBuilder() {
    return PerformClient.builder().baseUrl(baseUrl()).tokenCredentials(USERNAME, PASSWORD).sleeper(recordingSleeper());
  }

  /**
   * Expires every token issued so far, as a server does after a while: the next request that sends
   * one gets 401 {@code Invalid token.}, and a token-flow client obtains a new one.
   *
   * @return this fake
   */
  public FakePerformServer expireTokens() {
    tokens.expireAll();
    return this;
  }

  /**
   * How many tokens {@code POST /obtainauthtoken/} has issued.
   *
   * @return the count
   */
  public int tokensIssued() {
    return tokens.issued();
  }

  /**
   * {@inheritDoc}
   *
   * @return {@code clientBuilder().build()}
   */
  @Override
  public PerformClient newClient() {
    return clientBuilder().build();
  }

  /**
   * {@inheritDoc}
   *
   * @return {@code PerformClient.class}
   */
  @Override
  protected Class<PerformClient> clientType() {
    return PerformClient.class;
  }

  /**
   * Answers like the Perform &amp; Engage 365 API (see {@link PerformRoutes}).
   *
   * @param request the request
   * @return the response
   */
  @Override
  protected MockResponse handle(RecordedRequest request) {
    HttpUrl links = root;
    if (links == null) {
      links = rootUrl();
      root = links;
    }
    return routes.answer(request, links);
  }

  /**
   * Perform's awkward variants (see {@link Awkward}): {@code is_complete} as a string, {@code
   * goal_weight} 2.5 and no {@code rag_status}.
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
        AwkwardJson.stringify(body, "is_complete");
        return body;
      case FRACTION_FOR_INTEGER:
        AwkwardJson.eachObject(body, object -> object.computeIfPresent("goal_weight", (key, weight) -> new BigDecimal("2.5")));
        return body;
      case MISSING_OPTIONAL:
        AwkwardJson.remove(body, "rag_status");
        return body;
      default:
        return body;
    }
  }

  @Override
  public String toString() {
    return "FakePerformServer{" + store + "}";
  }
}
