package io.okrsdk.testing.perform;

import io.okrsdk.perform.model.Checkin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * Answers requests like the Perform &amp; Engage 365 API v2, from a {@link PerformStore}:
 *
 * <ul>
 *   <li>users, recognition, conversations and their plans and templates, as {@link
 *       PerformDirectoryRoutes} describes;
 *   <li>{@code GET /api/v2/goals/} and {@code GET /api/v2/checkins/} (with the seven check-in
 *       filters) page by {@code limit}/{@code offset} with {@code count} and absolute {@code
 *       next}/{@code previous} links; without a {@code limit} every item is returned;
 *   <li>{@code GET /api/v2/goals/{api_id}/} and {@code GET /api/v2/checkins/{api_id}/} take the id
 *       percent-encoded ({@code 580%3Afef0...}) or plain, and answer 404 for an unknown id;
 *   <li>a known path without its trailing slash is redirected (301) to the path with it, as the
 *       vendor's framework does;
 *   <li>{@code POST /obtainauthtoken/} exchanges a username and password for a token ({@link
 *       PerformTokens});
 *   <li>every endpoint needs HTTP Basic credentials or an issued token ({@code Authorization: Token
 *       ...}); 401 with {@code WWW-Authenticate} otherwise, {@code Invalid token.} for an unknown or
 *       expired token;
 *       methods other than {@code GET} get 405; unknown paths get 404; an invalid {@code
 *       date_from}/{@code date_to} gets 400.
 * </ul>
 *
 * <p>Thread-safe when the store is (it is).
 */
public final class PerformRoutes {
  private static final List<String> PREFIX = List.of("api", "v2");
  private static final String GOALS = "goals";
  private static final String CHECKINS = "checkins";
  private static final String TOKEN_EXCHANGE = "obtainauthtoken";
  private static final String TOKEN_SCHEME = "Token ";

  private final PerformStore store;
  private final BasicCredentials credentials;
  private final PerformDirectoryRoutes directory;
  private final PerformTokens tokens;

  /**
   * Routes over a store, accepting one API user.
   *
   * @param store the state to serve
   * @param username the API user's username
   * @param apiKey the API user's key (the Basic password)
   */
  public PerformRoutes(PerformStore store, String username, String apiKey) {
    this(store, new PerformDirectory(), username, apiKey);
  }

  /**
   * Routes over a store and a directory (users, recognition, conversations, plans, templates),
   * accepting one API user.
   *
   * @param store the goals and check-ins to serve
   * @param directory the rest of the help centre's read endpoints to serve
   * @param username the API user's username
   * @param apiKey the API user's key (the Basic password)
   */
  public PerformRoutes(PerformStore store, PerformDirectory directory, String username, String apiKey) {
    this(store, directory, username, apiKey, new PerformTokens(username, apiKey));
  }

  /**
   * Routes over a store and a directory, accepting one API user by HTTP Basic and, through the
   * token flow, by the tokens {@code tokens} issues.
   *
   * @param store the goals and check-ins to serve
   * @param directory the rest of the help centre's read endpoints to serve
   * @param username the API user's username
   * @param apiKey the API user's key (the Basic password)
   * @param tokens the token flow ({@code POST /obtainauthtoken/})
   */
  public PerformRoutes(
      PerformStore store, PerformDirectory directory, String username, String apiKey, PerformTokens tokens) {
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.directory = new PerformDirectoryRoutes(directory);
    this.store = Objects.requireNonNull(store, "store");
    this.credentials =
        new BasicCredentials(Objects.requireNonNull(username, "username"), Objects.requireNonNull(apiKey, "apiKey"));
  }

  /**
   * The answer to one request.
   *
   * @param request the request as received
   * @param root the server's root URL as clients see it; links are made absolute against it
   * @return the response
   */
  public MockResponse answer(RecordedRequest request, HttpUrl root) {
    HttpUrl self = root.newBuilder()
        .encodedPath(request.getUrl().encodedPath())
        .encodedQuery(request.getUrl().encodedQuery())
        .build();
    List<String> segments = self.pathSegments();
    boolean trailingSlash = segments.get(segments.size() - 1).isEmpty();
    List<String> path = trailingSlash ? segments.subList(0, segments.size() - 1) : segments;
    if (path.equals(List.of(TOKEN_EXCHANGE))) {
      return exchange(request, trailingSlash);
    }
    boolean responses = path.size() == 5 && path.get(2).equals("questions")
        && path.get(4).equals(PerformDirectoryRoutes.RESPONSES);
    if (path.size() < 3 || path.size() > 4 && !responses || !path.subList(0, 2).equals(PREFIX)
        || !(path.get(2).equals(GOALS) || path.get(2).equals(CHECKINS)
            || PerformDirectoryRoutes.COLLECTIONS.contains(path.get(2))) || path.contains("")) {
      return notFound();
    }
    if (!trailingSlash) {
      return new MockResponse.Builder()
          .code(301)
          .addHeader("Location", self.newBuilder().addPathSegment("").build().toString())
          .build();
    }
    String authorization = request.getHeaders().get("Authorization");
    if (authorization != null && authorization.startsWith(TOKEN_SCHEME)) {
      if (!tokens.accepts(authorization.substring(TOKEN_SCHEME.length()).trim())) {
        return new MockResponse.Builder()
            .code(401)
            .addHeader("Content-Type", "application/json")
            .addHeader("WWW-Authenticate", "Token")
            .body(PerformWire.detail(PerformTokens.INVALID_TOKEN))
            .build();
      }
    } else {
      Optional<String> refusal = credentials.refusal(authorization);
      if (refusal.isPresent()) {
      return new MockResponse.Builder()
          .code(401)
          .addHeader("Content-Type", "application/json")
          .addHeader("WWW-Authenticate", "Basic realm=\"api\"")
          .body(PerformWire.detail(refusal.get()))
          .build();
      }
    }
    if (!request.getMethod().equals("GET")) {
      return new MockResponse.Builder()
          .code(405)
          .addHeader("Content-Type", "application/json")
          .addHeader("Allow", "GET")
          .body(PerformWire.detail("Method \"" + request.getMethod() + "\" not allowed."))
          .build();
    }
    if (responses) {
      return directory.answerResponses(path.get(3), self);
    }
    if (PerformDirectoryRoutes.COLLECTIONS.contains(path.get(2))) {
      return directory.answer(path.get(2), path.size() == 4 ? path.get(3) : null, self);
    }
    boolean goals = path.get(2).equals(GOALS);
    if (path.size() == 4) {
      String id = path.get(3);
      Optional<String> body = goals
          ? store.goal(id).map(PerformWire::goal)
          : store.checkin(id).map(PerformWire::checkin);
      return body.map(json -> json(200, json)).orElseGet(PerformRoutes::notFound);
    }
    return goals ? goalList(self) : checkinList(self);
  }

  private MockResponse exchange(RecordedRequest request, boolean trailingSlash) {
    if (!trailingSlash) {
      // A POST is not redirected by the vendor's framework: it refuses the path without its slash.
      return notFound();
    }
    if (!request.getMethod().equals("POST")) {
      return new MockResponse.Builder()
          .code(405)
          .addHeader("Content-Type", "application/json")
          .addHeader("Allow", "POST")
          .body(PerformWire.detail("Method \"" + request.getMethod() + "\" not allowed."))
          .build();
    }
    return tokens.exchange(request);
  }

  private MockResponse goalList(HttpUrl self) {
    PageWindow window = PageWindow.of(self);
    return json(
        200,
        store.readGoals(
            all -> PerformWire.goalPage(
                all.size(), window.next(self, all.size()), window.previous(self), window.slice(all))));
  }

  private MockResponse checkinList(HttpUrl self) {
    CheckinFilter filter = CheckinFilter.of(self);
    Map<String, List<String>> errors = filter.errors();
    if (!errors.isEmpty()) {
      return json(400, PerformWire.fieldErrors(errors));
    }
    PageWindow window = PageWindow.of(self);
    return json(
        200,
        store.readCheckins(
            all -> {
              List<StoredCheckin> matching = new ArrayList<>();
              for (StoredCheckin checkin : all) {
                if (filter.matches(checkin)) {
                  matching.add(checkin);
                }
              }
              List<Checkin> page = new ArrayList<>();
              for (StoredCheckin checkin : window.slice(matching)) {
                page.add(checkin.detail);
              }
              return PerformWire.checkinPage(
                  matching.size(), window.next(self, matching.size()), window.previous(self), page);
            }));
  }

  private static MockResponse notFound() {
    return json(404, PerformWire.detail("Not found."));
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  @Override
  public String toString() {
    return "PerformRoutes{" + store + "}";
  }
}
