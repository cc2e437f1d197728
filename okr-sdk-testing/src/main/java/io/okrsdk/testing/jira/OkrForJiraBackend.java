package io.okrsdk.testing.jira;

import java.time.Clock;
import java.util.Objects;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;

/**
 * The service behind {@code io.okrsdk.testing.FakeOkrForJiraServer}: in-memory OKR data seeded with
 * the vendor documentation's example (Q1 2021), the credential check and the eight endpoints.
 *
 * <p>Like the real API it answers a request without an {@code API-Token} header with 400 and one
 * with another token with 401; malformed parameters, an invalid {@code expand} value, an unknown
 * cursor or an update not sent as {@code application/json} with 400; an update of an unknown
 * objective or key result with 404; and a {@code newValue} for an automatic key result with 403.
 * Thread-safe: requests may arrive on many threads.
 */
public final class OkrForJiraBackend {
  /** The header the API token travels in. */
  public static final String TOKEN_HEADER = "API-Token";

  private static final String EXPORT = "/api/v2/api-export/";
  private static final String UPDATE = "/api/v2/api-update/";

  private final String apiToken;
  private final JiraStore store = new JiraStore();
  private final Replies replies;
  private final QueryRoutes queries;
  private final UpdateRoutes updates;

  /**
   * A backend holding the documentation's example data.
   *
   * @param apiToken the only token it accepts
   */
  public OkrForJiraBackend(String apiToken) {
    this.apiToken = Objects.requireNonNull(apiToken, "apiToken");
    JiraJson json = new JiraJson();
    this.replies = new Replies(json);
    this.queries = new QueryRoutes(store, replies);
    this.updates = new UpdateRoutes(store, replies, json, Clock.systemUTC());
    store.change(ExampleData::seed);
  }

  /**
   * Adds a generated objective tree in Q1 2022: {@code objectives} objectives, three children per
   * objective from the first (the root) down, each with {@code keyResultsPerObjective} key results
   * (every fourth automatic) and one history entry per key result. Deterministic: the same calls
   * give the same data.
   *
   * @param objectives how many objectives, at least 1
   * @param keyResultsPerObjective how many key results each, 0 or more
   * @throws IllegalArgumentException when a count is out of range
   */
  public void addGeneratedTree(int objectives, int keyResultsPerObjective) {
    if (objectives < 1 || keyResultsPerObjective < 0) {
      throw new IllegalArgumentException(
          "need at least 1 objective and 0 or more key results each, was " + objectives + " and " + keyResultsPerObjective);
    }
    store.change(data -> TreeGenerator.generate(data, objectives, keyResultsPerObjective));
  }

  /**
   * Adds {@code count} updates to the history, one minute apart from 2023-01-01T00:00Z, spread
   * over the objectives and key results in turn, each with a comment and every third with a reply.
   * They become their entities' latest updates.
   *
   * @param count how many updates, at least 1
   * @throws IllegalArgumentException when the count is below 1
   */
  public void addGeneratedUpdates(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
    store.change(data -> HistoryGenerator.generate(data, count));
  }

  /**
   * Answers one request.
   *
   * @param request the request
   * @return the response
   */
  public MockResponse handle(RecordedRequest request) {
    try {
      authorize(request.getHeaders().get(TOKEN_HEADER));
      return route(request);
    } catch (JiraHttpError e) {
      return replies.error(e.status(), e.getMessage());
    }
  }

  private void authorize(String token) {
    if (token == null || token.isBlank()) {
      throw JiraHttpError.badRequest("the API-Token header is missing");
    }
    if (!token.equals(apiToken)) {
      throw new JiraHttpError(401, "invalid API token");
    }
  }

  private MockResponse route(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    String method = request.getMethod();
    QueryParams query = new QueryParams(request.getUrl());
    if (path.startsWith(EXPORT)) {
      requireMethod("GET", method, path);
      switch (path.substring(EXPORT.length())) {
        case "objectives/byDate":
          return queries.objectivesByDate(query);
        case "objectives/byIds":
          return queries.objectivesByIds(query);
        case "keyResults/byDate":
          return queries.keyResultsByDate(query);
        case "keyResults/byIds":
          return queries.keyResultsByIds(query);
        case "updates":
          return queries.updates(query);
        case "updateComments":
          return queries.comments(query);
        default:
          break;
      }
    } else if (path.startsWith(UPDATE)) {
      requireMethod("POST", method, path);
      requireJson(request.getHeaders().get("Content-Type"));
      String body = request.getBody() == null ? null : request.getBody().utf8();
      switch (path.substring(UPDATE.length())) {
        case "objectives":
          return updates.objective(body);
        case "keyResults":
          return updates.keyResult(body);
        default:
          break;
      }
    }
    throw JiraHttpError.notFound("no endpoint " + method + " " + path);
  }

  /** Updates are JSON ({@code Content-Type: application/json}); a form or text body is a bad request. */
  private static void requireJson(String contentType) {
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    if (type == null || !"application".equals(type.type()) || !"json".equals(type.subtype())) {
      throw JiraHttpError.badRequest("send the body as JSON with Content-Type: application/json (was "
          + (contentType == null ? "no Content-Type" : "'" + contentType + "'") + ")");
    }
  }

  private static void requireMethod(String expected, String method, String path) {
    if (!expected.equals(method)) {
      throw new JiraHttpError(405, method + " is not allowed on " + path);
    }
  }
}
