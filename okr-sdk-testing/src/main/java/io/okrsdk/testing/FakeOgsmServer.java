package io.okrsdk.testing;

import com.squareup.moshi.Types;
import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.ogsm.model.Action;
import io.okrsdk.ogsm.model.Goal;
import io.okrsdk.ogsm.model.GoalMeasurement;
import io.okrsdk.ogsm.model.Kpi;
import io.okrsdk.ogsm.model.KpiMeasurement;
import io.okrsdk.ogsm.model.NewGoalMeasurement;
import io.okrsdk.ogsm.model.NewKpiMeasurement;
import io.okrsdk.ogsm.model.Objective;
import io.okrsdk.ogsm.model.Strategy;
import io.okrsdk.testing.ogsm.InvalidBodyException;
import io.okrsdk.testing.ogsm.OgsmExamples;
import io.okrsdk.testing.ogsm.OgsmStore;
import io.okrsdk.testing.ogsm.WrappedBody;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;

/**
 * A fake OGSM API ({@code /api/v2/...}) on loopback: the nine documented endpoints over an {@link
 * OgsmStore}, with HTTP Basic credentials checked like the real service.
 *
 * <pre>{@code
 * @RegisterExtension final FakeOgsmServer ogsm = new FakeOgsmServer().withGeneratedGoals(50);
 *
 * @Test void recordsAMeasurement(OgsmClient client) {
 *   GoalMeasurement created = client.goalMeasurements().create(123, LocalDate.of(2024, 10, 9), new BigDecimal("45.6"));
 *   assertThat(client.goalMeasurements().listAll()).contains(created);
 * }
 * }</pre>
 *
 * <p>It starts with the documentation's example objects ({@link OgsmExamples}: one objective,
 * goal, strategy, KPI and action with id {@value OgsmExamples#ID}, and one measurement of the goal
 * and of the KPI); {@link #withGeneratedGoals(int)} and its siblings add deterministic data of any
 * size. Lists answer bare JSON arrays. Creates read the wrapped body ({@code {"goal_report": {...}}}
 * or {@code {"indicator_report": {...}}}) and answer 201 with the stored measurement and its new id,
 * 400 for a body that is not such an object (or not sent as {@code application/json}), 422 for an
 * incomplete or invalid measurement, and 404 for an unknown goal or KPI. Wrong or missing
 * credentials get 401, any other path or method 404.
 *
 * <p>Thread-safe: requests are answered concurrently and the state is shared safely.
 */
public final class FakeOgsmServer extends FakeServer<OgsmClient> {
  /** The API user name the fake accepts. */
  public static final String USERNAME = "ogsm-api-user";

  /** The API password the fake accepts. */
  public static final String PASSWORD = "ogsm-api-password";

  private static final String API = "/api/v2/";
  private static final byte[] EXPECTED_AUTHORIZATION =
      ("Basic " + Base64.getEncoder().encodeToString((USERNAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
          .getBytes(StandardCharsets.UTF_8);

  private final OgsmStore store;
  private final Map<String, Function<RecordedRequest, MockResponse>> routes = new HashMap<>();
  private final WrappedBody<NewGoalMeasurement> goalReport;
  private final WrappedBody<NewKpiMeasurement> indicatorReport;

  /** A fake holding the documentation's example objects. */
  public FakeOgsmServer() {
    this(OgsmStore.withExamples());
  }

  /**
   * A fake serving the given state, such as an empty {@code new OgsmStore()}.
   *
   * @param store the state; the fake changes it when measurements are created
   */
  public FakeOgsmServer(OgsmStore store) {
    this.store = Objects.requireNonNull(store, "store");
    this.goalReport = new WrappedBody<>("goal_report", moshi().adapter(NewGoalMeasurement.class));
    this.indicatorReport = new WrappedBody<>("indicator_report", moshi().adapter(NewKpiMeasurement.class));
    list("objectives.json", Objective.class, store::objectives);
    list("goals.json", Goal.class, store::goals);
    list("goal_reports.json", GoalMeasurement.class, store::goalMeasurements);
    list("strategies.json", Strategy.class, store::strategies);
    list("indicators.json", Kpi.class, store::kpis);
    list("indicator_reports.json", KpiMeasurement.class, store::kpiMeasurements);
    list("actions.json", Action.class, store::actions);
    routes.put("POST " + API + "goal_reports.json", this::createGoalMeasurement);
    routes.put("POST " + API + "indicator_reports.json", this::createKpiMeasurement);
    routes.put("POST " + API + "actions.json", new io.okrsdk.testing.ogsm.ActionCreation(store, moshi())::create);
  }

  /**
   * Adds {@code count} generated goals (see {@link OgsmStore#addGeneratedGoals(int)}).
   *
   * @param count how many, zero or more
   * @return this fake
   */
  public FakeOgsmServer withGeneratedGoals(int count) {
    store.addGeneratedGoals(count);
    return this;
  }

  /**
   * Adds {@code count} generated KPIs (see {@link OgsmStore#addGeneratedKpis(int)}).
   *
   * @param count how many, zero or more
   * @return this fake
   */
  public FakeOgsmServer withGeneratedKpis(int count) {
    store.addGeneratedKpis(count);
    return this;
  }

  /**
   * Adds {@code perGoal} generated measurements to every goal held now (see {@link
   * OgsmStore#addGeneratedGoalMeasurements(int)}).
   *
   * @param perGoal how many per goal, zero or more
   * @return this fake
   */
  public FakeOgsmServer withGeneratedGoalMeasurements(int perGoal) {
    store.addGeneratedGoalMeasurements(perGoal);
    return this;
  }

  /**
   * The state this fake serves, to seed more items or to check what a test created.
   *
   * @return the store
   */
  public OgsmStore store() {
    return store;
  }

  /**
   * A client builder pointed at this fake with its credentials, whose retry waits are recorded in
   * {@link #recordedWaits()}, not slept; add options (such as {@code maxRetries}) and {@code
   * build()}.
   *
   * @return a new builder
   */
  public OgsmClient.Builder clientBuilder() {
    return OgsmClient.builder().baseUrl(baseUrl()).credentials(USERNAME, PASSWORD).sleeper(recordingSleeper());
  }

  @Override
  public OgsmClient newClient() {
    return clientBuilder().build();
  }

  @Override
  protected Class<OgsmClient> clientType() {
    return OgsmClient.class;
  }

  @Override
  protected MockResponse handle(RecordedRequest request) {
    if (!authorized(request)) {
      return new MockResponse.Builder()
          .code(401)
          .addHeader("WWW-Authenticate", "Basic realm=\"Application\"")
          .addHeader("Content-Type", "text/plain; charset=utf-8")
          .body("HTTP Basic: Access denied.\n")
          .build();
    }
    Function<RecordedRequest, MockResponse> route = routes.get(request.getMethod() + " " + request.getUrl().encodedPath());
    return route == null ? error(404, "Not Found") : route.apply(request);
  }

  /**
   * OGSM's awkward variants (see {@link Awkward}): {@code assignee} as its name, {@code row_order}
   * with a fraction, measurements without {@code at}, and a created measurement wrapped under
   * {@code goal_report} or {@code indicator_report}, as its request body is.
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
        AwkwardJson.flatten(body, "assignee", "name");
        return body;
      case FRACTION_FOR_INTEGER:
        AwkwardJson.addHalf(body, "row_order");
        return body;
      case MISSING_OPTIONAL:
        AwkwardJson.remove(body, "at");
        return body;
      case WRAPPED_OBJECT:
        if (request.getMethod().equals("POST")) {
          String path = request.getUrl().encodedPath();
          return AwkwardJson.wrap(path.endsWith("/goal_reports.json") ? "goal_report" : "indicator_report", body);
        }
        return body;
      default:
        return body;
    }
  }

  private <T> void list(String resource, Class<T> type, Supplier<List<T>> items) {
    Type listType = Types.newParameterizedType(List.class, type);
    routes.put("GET " + API + resource, request -> json(200, listType, items.get()));
  }

  private MockResponse createGoalMeasurement(RecordedRequest request) {
    return create(request, goalReport, measurement -> store.createGoalMeasurement(measurement),
        measurement -> "Couldn't find Goal with 'id'=" + measurement.goal().id(), GoalMeasurement.class);
  }

  private MockResponse createKpiMeasurement(RecordedRequest request) {
    return create(request, indicatorReport, measurement -> store.createKpiMeasurement(measurement),
        measurement -> "Couldn't find Indicator with 'id'=" + measurement.kpi().id(), KpiMeasurement.class);
  }

  private <N, M> MockResponse create(
      RecordedRequest request,
      WrappedBody<N> body,
      Function<N, Optional<M>> store,
      Function<N, String> notFound,
      Class<M> createdType) {
    MediaType contentType = MediaType.parse(Optional.ofNullable(request.getHeaders().get("Content-Type")).orElse(""));
    if (contentType == null || !"application".equals(contentType.type()) || !"json".equals(contentType.subtype())) {
      return error(400, "send the body as JSON with Content-Type: application/json");
    }
    N measurement;
    try {
      measurement = body.read(request.getBody() == null ? "" : request.getBody().utf8());
    } catch (InvalidBodyException e) {
      return error(e.status(), e.getMessage());
    }
    return store.apply(measurement)
        .map(created -> json(201, createdType, created))
        .orElseGet(() -> error(404, notFound.apply(measurement)));
  }

  private MockResponse error(int status, String message) {
    return json(status, Types.newParameterizedType(Map.class, String.class, String.class), Map.of("error", message));
  }

  private static boolean authorized(RecordedRequest request) {
    String header = request.getHeaders().get("Authorization");
    return header != null && MessageDigest.isEqual(EXPECTED_AUTHORIZATION, header.getBytes(StandardCharsets.UTF_8));
  }
}
