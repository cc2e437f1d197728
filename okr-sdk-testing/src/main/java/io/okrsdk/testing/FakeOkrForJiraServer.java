package io.okrsdk.testing;

import io.okrsdk.jira.query.DateWindow;
import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.jira.query.ObjectiveExpand;
import io.okrsdk.testing.jira.OkrForJiraBackend;
import java.time.LocalDate;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A fake OKR for Jira API on loopback: the four OKR queries, the update history and its comments
 * (paged by cursor) and the two update methods, over an in-memory OKR graph.
 *
 * <p>It starts with the vendor documentation's example response (objective O-2 with its key
 * result KR-2, team, period and label, all in {@link #EXAMPLE_QUARTER}), completed with the
 * objectives and key results that example refers to. {@link #withGeneratedTree(int, int)} adds a
 * deterministic tree of any size in {@link #GENERATED_QUARTER}, and {@link
 * #withGeneratedUpdates(int)} a long update history.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FakeOkrForJiraServer jira = new FakeOkrForJiraServer().withGeneratedTree(40, 3);
 *
 * @Test void printsTheTree(OkrForJiraClient client) {
 *   OkrGraph graph = client.okrs().objectivesByDate(FakeOkrForJiraServer.GENERATED_QUARTER, ObjectiveExpand.all());
 *   assertThat(graph.tree()).hasSize(40);
 * }
 * }</pre>
 *
 * <p>Requests need the {@code API-Token} header with {@link #API_TOKEN}: without it the answer is
 * 400, with another token 401. Writes are answered 201 with the created update, which then leads the
 * history; a body not sent as {@code application/json} is refused with 400, a {@code newValue} for
 * an automatic key result with 403, an unknown id with 404.
 */
public final class FakeOkrForJiraServer extends FakeServer<OkrForJiraClient> {
  /** The API token the fake accepts. */
  public static final String API_TOKEN = "fake-okr-for-jira-api-token";

  /** The first quarter of 2021 (UTC), where the documentation's example objectives and key results are. */
  public static final DateWindow EXAMPLE_QUARTER = DateWindow.between(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 3, 31));

  /** The first quarter of 2022 (UTC), where {@link #withGeneratedTree(int, int)} puts its objectives. */
  public static final DateWindow GENERATED_QUARTER = DateWindow.between(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 3, 31));

  private final OkrForJiraBackend backend = new OkrForJiraBackend(API_TOKEN);

  /** A fake holding the documentation's example data; it starts on first use. */
  public FakeOkrForJiraServer() {}

  /**
   * Adds a generated objective tree in {@link #GENERATED_QUARTER}: the first objective is the root
   * and every objective has up to three children; each has {@code keyResultsPerObjective} key
   * results with deadlines spread over the quarter, every fourth one automatic. Teams, labels, OKR
   * types and custom fields are generated with it. Deterministic, and may be called again to add
   * another tree.
   *
   * @param objectives how many objectives, at least 1
   * @param keyResultsPerObjective how many key results per objective, 0 or more
   * @return this fake
   * @throws IllegalArgumentException when a count is out of range
   */
  public FakeOkrForJiraServer withGeneratedTree(int objectives, int keyResultsPerObjective) {
    backend.addGeneratedTree(objectives, keyResultsPerObjective);
    return this;
  }

  /**
   * Adds {@code count} updates to the history, one minute apart from 2023-01-01T00:00Z, taking the
   * objectives and key results in turn; each gets a comment and every third a reply as well.
   *
   * @param count how many updates, at least 1
   * @return this fake
   * @throws IllegalArgumentException when the count is below 1
   */
  public FakeOkrForJiraServer withGeneratedUpdates(int count) {
    backend.addGeneratedUpdates(count);
    return this;
  }

  /**
   * A client builder pointed at this fake with {@link #API_TOKEN}, whose retry waits are recorded
   * in {@link #recordedWaits()}, not slept, for tests that set more options (such as {@code
   * maxRetries(...)}) before building.
   *
   * @return a new builder
   */
  public OkrForJiraClient.Builder clientBuilder() {
    return OkrForJiraClient.builder().baseUrl(baseUrl()).apiToken(API_TOKEN).sleeper(recordingSleeper());
  }

  @Override
  public OkrForJiraClient newClient() {
    return clientBuilder().build();
  }

  @Override
  public Class<OkrForJiraClient> clientType() {
    return OkrForJiraClient.class;
  }

  /**
   * OKR for Jira's awkward variants (see {@link Awkward}): {@code currentProgressDefinition} as its
   * type string, and objectives and key results without {@code latestUpdate}.
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
        AwkwardJson.flatten(body, "currentProgressDefinition", "type");
        return body;
      case MISSING_OPTIONAL:
        AwkwardJson.remove(body, "latestUpdate");
        return body;
      default:
        return body;
    }
  }

  @Override
  protected MockResponse handle(RecordedRequest request) {
    return backend.handle(request);
  }
}
