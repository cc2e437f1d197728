package io.okrsdk.testing.gtmhub;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;

/**
 * The HTTP face of the fake Gtmhub server: checks credentials like the service ({@code
 * Authorization: Bearer} → 401, {@code gtmhub-accountId} missing → 400, another account → 401),
 * matches the 17 goal endpoints on their {@code api/v1} and {@code api/v2} paths (under an optional
 * path prefix such as {@code results/}), and turns refusals into JSON error answers: 400 (also for a
 * body not sent as {@code application/json}), 404 for unknown goals and paths, 405 for a known path
 * with another method, 409, 423.
 *
 * <p>Thread-safe: state lives in the {@link GoalStore}.
 */
public final class GtmhubRouter {
  private static final String ACCOUNT_HEADER = "gtmhub-accountId";

  private final String token;
  private final String accountId;
  private final JsonAdapter<Object> json;
  private final List<Route> routes = new ArrayList<>();
  private volatile List<String> prefix = List.of();

  /**
   * A router over a store.
   *
   * @param store the goals
   * @param token the only API token accepted
   * @param accountId the only account id accepted
   */
  public GtmhubRouter(GoalStore store, String token, String accountId) {
    this.token = Objects.requireNonNull(token, "token");
    this.accountId = Objects.requireNonNull(accountId, "accountId");
    Moshi moshi = new Moshi.Builder().build();
    // Answers keep explicit nulls, as the service writes them (a cleared custom field is null).
    this.json = moshi.adapter(Object.class).serializeNulls();
    GoalEndpoints goals = new GoalEndpoints(store, json.lenient());
    route("GET", "api/v2/goals", e -> goals.list(e));
    route("GET", "api/v1/goals/groupBy/owners", e -> goals.groupBy(e, true));
    route("GET", "api/v1/goals/groupBy/reviewers", e -> goals.groupBy(e, false));
    route("GET", "api/v1/goals/metric/{ownerId}", e -> goals.byMetricOwner(e));
    route("POST", "api/v1/goals", e -> goals.create(e));
    route("POST", "api/v1/goals/bulk", e -> goals.createAll(e));
    route("DELETE", "api/v1/goals/bulk", e -> goals.deleteAll(e));
    route("GET", "api/v1/goals/{goalId}", e -> goals.get(e));
    route("PUT", "api/v1/goals/{goalId}", e -> goals.replace(e));
    route("PATCH", "api/v1/goals/{goalId}", e -> goals.patch(e));
    route("DELETE", "api/v1/goals/{goalId}", e -> goals.delete(e));
    route("GET", "api/v1/goals/{goalId}/workflow-actions", e -> goals.workflowActions(e));
    route("POST", "api/v1/goals/{goalId}/approve", e -> goals.approve(e));
    route("POST", "api/v1/goals/{goalId}/decline", e -> goals.decline(e));
    route("POST", "api/v1/goals/{goalId}/review", e -> goals.review(e));
    route("POST", "api/v1/goals/{goalId}/withdraw", e -> goals.withdraw(e));
    route("PUT", "api/v1/goals/{goalId}/confidence", e -> goals.confidence(e));
    new MetricEndpoints(store, store.sessions(), io.okrsdk.testing.FakeGtmhubServer.USER_ID, json.lenient()).register(this::route);
    new AccountEndpoints(store.sessions(), accountId, json.lenient()).register(this::route);
  }

  /**
   * Serves the API under a path prefix, such as {@code results/} on Quantive hosts; paths outside
   * it answer 404.
   *
   * @param pathPrefix the prefix, or {@code ""} for none; leading and trailing slashes are ignored
   */
  public void pathPrefix(String pathPrefix) {
    this.prefix = segments(Objects.requireNonNull(pathPrefix, "pathPrefix"));
  }

  /**
   * The prefix as a relative path ending in {@code /}, or {@code ""}.
   *
   * @return the prefix
   */
  public String pathPrefix() {
    List<String> current = prefix;
    return current.isEmpty() ? "" : String.join("/", current) + "/";
  }

  /**
   * Answers one request.
   *
   * @param request the request
   * @return the response
   */
  public MockResponse route(RecordedRequest request) {
    Reply reply;
    try {
      reply = dispatch(request);
    } catch (ApiError e) {
      reply = Reply.error(e.status, e.getMessage());
    }
    MockResponse.Builder response = new MockResponse.Builder().code(reply.status);
    if (reply.body != null) {
      response.addHeader("Content-Type", "application/json; charset=utf-8").body(json.toJson(reply.body));
    }
    return response.build();
  }

  private Reply dispatch(RecordedRequest request) {
    List<String> path = request.getUrl().pathSegments();
    List<String> current = prefix;
    if (path.size() < current.size() || !path.subList(0, current.size()).equals(current)) {
      throw ApiError.notFound("no such endpoint: " + request.getUrl().encodedPath());
    }
    List<String> rest = new ArrayList<>(path.subList(current.size(), path.size()));
    if (!rest.isEmpty() && rest.get(rest.size() - 1).isEmpty()) {
      rest.remove(rest.size() - 1);
    }
    authenticate(request);
    boolean pathKnown = false;
    for (Route route : routes) {
      Map<String, String> params = route.match(rest);
      if (params != null) {
        pathKnown = true;
        if (route.method.equals(request.getMethod())) {
          requireJsonBody(request);
          Exchange exchange = new Exchange(request.getUrl(), params, request.getBody(), json);
          return route.handler.apply(exchange);
        }
      }
    }
    if (pathKnown) {
      throw new ApiError(405, request.getMethod() + " is not allowed on " + request.getUrl().encodedPath());
    }
    throw ApiError.notFound("no such endpoint: " + request.getUrl().encodedPath());
  }

  /**
   * A request that carries a body must say it is JSON, as the service's examples send it; a form or
   * plain-text body is a bad request (400), whatever its text.
   */
  private static void requireJsonBody(RecordedRequest request) {
    if (request.getBody() == null || request.getBody().size() == 0) {
      return;
    }
    String header = request.getHeaders().get("Content-Type");
    MediaType type = header == null ? null : MediaType.parse(header);
    if (type == null || !"application".equals(type.type()) || !"json".equals(type.subtype())) {
      throw ApiError.badRequest("send the body as JSON with Content-Type: application/json (was "
          + (header == null ? "no Content-Type" : "'" + header + "'") + ")");
    }
  }

  private void authenticate(RecordedRequest request) {
    String authorization = request.getHeaders().get("Authorization");
    if (authorization == null
        || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        || !authorization.substring(7).trim().equals(token)) {
      throw new ApiError(401, "unauthorized: a valid Bearer token is required");
    }
    String account = request.getHeaders().get(ACCOUNT_HEADER);
    if (account == null || account.isBlank()) {
      throw ApiError.badRequest("the " + ACCOUNT_HEADER + " header is required");
    }
    if (!account.trim().equals(accountId)) {
      throw new ApiError(401, "unauthorized: the token has no access to account '" + account + "'");
    }
  }

  private void route(String method, String pattern, Function<Exchange, Reply> handler) {
    routes.add(new Route(method.toUpperCase(Locale.ROOT), segments(pattern), handler));
  }

  private static List<String> segments(String path) {
    List<String> parts = new ArrayList<>();
    for (String part : path.split("/")) {
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    return List.copyOf(parts);
  }

  /** A method, a path pattern with {@code {name}} parameters, and its handler. */
  private static final class Route {
    final String method;
    final List<String> pattern;
    final Function<Exchange, Reply> handler;

    Route(String method, List<String> pattern, Function<Exchange, Reply> handler) {
      this.method = method;
      this.pattern = pattern;
      this.handler = handler;
    }

    /** The parameters when the path matches, else {@code null}. */
    Map<String, String> match(List<String> path) {
      if (path.size() != pattern.size()) {
        return null;
      }
      Map<String, String> params = new LinkedHashMap<>();
      for (int i = 0; i < pattern.size(); i++) {
        String expected = pattern.get(i);
        if (expected.startsWith("{")) {
          params.put(expected.substring(1, expected.length() - 1), path.get(i));
        } else if (!expected.equals(path.get(i))) {
          return null;
        }
      }
      return params;
    }
  }
}
