package io.okrsdk.gtmhub;

import com.squareup.moshi.Moshi;
import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.Environment;
import io.okrsdk.core.OkrClient;
import io.okrsdk.core.OkrClientBuilder;
import io.okrsdk.core.internal.auth.BearerAuth;
import io.okrsdk.core.internal.auth.Secrets;
import io.okrsdk.gtmhub.internal.GtmhubAccountApiCalls;
import io.okrsdk.gtmhub.internal.GtmhubFirstCallClasses;
import io.okrsdk.gtmhub.internal.GtmhubGoalApiCalls;
import io.okrsdk.gtmhub.internal.GtmhubJson;
import io.okrsdk.gtmhub.internal.GtmhubMetricApiCalls;
import java.util.List;
import java.util.Map;

/**
 * A client of the Gtmhub / Quantive Results API. Every request carries {@code Authorization:
 * Bearer <token>} and {@code gtmhub-accountId: <account id>}, and only to the base URL's host.
 *
 * <pre>{@code
 * try (GtmhubClient gtmhub = GtmhubClient.builder()
 *     .region(GtmhubRegion.QUANTIVE_EU)
 *     .credentials(token, accountId)
 *     .build()) {
 *   gtmhub.goals().list(ListQuery.all()).forEach(goal -> ...);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one per account and share it. {@link #close()} releases the
 * connections and threads the client created.
 */
public final class GtmhubClient extends OkrClient<GtmhubClient> {
  private static final String NAME = "GtmhubClient";
  /** The header that names the account, sent on every call. */
  public static final String ACCOUNT_ID_HEADER = "gtmhub-accountId";

  private final BulkBodyStyle bulkBodies;

  private GtmhubClient(ClientRuntime runtime, BulkBodyStyle bulkBodies) {
    super(runtime);
    this.bulkBodies = bulkBodies;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Goals (objectives): listing, reading, writing and the approval workflow.
   *
   * @return the service
   */
  public GoalService goals() {
    return service(GoalService.class, r -> new GoalService(r, new GtmhubGoalApiCalls(r.apiCalls()), bulkBodies));
  }

  /**
   * Metrics (key results): listing, reading, checking in values with confidence, value history.
   *
   * @return the service
   */
  public MetricService metrics() {
    return service(MetricService.class, r -> new MetricService(r, new GtmhubMetricApiCalls(r.apiCalls())));
  }

  /**
   * Sessions: the OKR periods goals and key results belong to.
   *
   * @return the service
   */
  public SessionService sessions() {
    return service(SessionService.class, r -> new SessionService(r, new GtmhubAccountApiCalls(r.apiCalls())));
  }

  /**
   * Users: the people owner ids point to.
   *
   * @return the service
   */
  public UserService users() {
    return service(UserService.class, r -> new UserService(r, new GtmhubAccountApiCalls(r.apiCalls())));
  }

  /**
   * Teams: the teams owner ids point to.
   *
   * @return the service
   */
  public TeamService teams() {
    return service(TeamService.class, r -> new TeamService(r, new GtmhubAccountApiCalls(r.apiCalls())));
  }

  @Override
  protected GtmhubClient withRuntime(ClientRuntime runtime) {
    return new GtmhubClient(runtime, bulkBodies);
  }

  /**
   * Builds a {@link GtmhubClient}: credentials (API token and account id), a region or base URL,
   * and every option of {@link OkrClientBuilder}.
   */
  public static final class Builder extends OkrClientBuilder<Builder> {
    private String token;
    private String accountId;
    private BulkBodyStyle bulkBodies = BulkBodyStyle.BARE_ARRAY;

    private Builder() {
      super(GtmhubFirstCallClasses.NAMES);
    }

    /**
     * How the bulk goal endpoints' bodies are written: a JSON array (the default, which the
     * vendor's examples favour) or wrapped as {@code {"goals": [...]}} / {@code {"goalsIds":
     * [...]}}. See {@link BulkBodyStyle}.
     *
     * @param style the style
     * @return this builder
     */
    public Builder bulkBodyStyle(BulkBodyStyle style) {
      this.bulkBodies = requireArgument(style, "bulkBodyStyle");
      return this;
    }

    /**
     * The API token, sent as {@code Authorization: Bearer <token>}.
     *
     * @param token the token; not blank, only characters a header can carry (visible ASCII)
     * @return this builder
     * @throws IllegalArgumentException naming the setting (never the value) when it cannot be sent
     */
    public Builder token(String token) {
      this.token = Secrets.requireHeaderValue(token, "token");
      return this;
    }

    /**
     * The account id, sent as {@code gtmhub-accountId} on every call.
     *
     * @param accountId the account id; not blank, only characters a header can carry
     * @return this builder
     * @throws IllegalArgumentException when it cannot be sent as a header value
     */
    public Builder accountId(String accountId) {
      this.accountId = Secrets.requireHeaderValue(accountId, "accountId");
      return this;
    }

    /**
     * The API token and the account id together.
     *
     * @param token the token; not blank
     * @param accountId the account id; not blank
     * @return this builder
     */
    public Builder credentials(String token, String accountId) {
      return token(token).accountId(accountId);
    }

    /**
     * Uses a region's host as the base URL.
     *
     * @param region the region
     * @return this builder
     */
    public Builder region(GtmhubRegion region) {
      return baseUrl(requireArgument(region, "region").baseUrl());
    }

    /**
     * Reads {@code OKRSDK_GTMHUB_TOKEN} and {@code OKRSDK_GTMHUB_ACCOUNT_ID} (both required) and
     * the host from {@code OKRSDK_GTMHUB_BASE_URL} or, when that is not set, {@code
     * OKRSDK_GTMHUB_REGION} (a {@link GtmhubRegion} name such as {@code QUANTIVE_EU} or {@code
     * quantive-eu}); one of the two is required. Called by {@link #fromEnv()}.
     *
     * @param environment the variables
     */
    @Override
    protected void readEnvironment(Environment environment) {
      environment.require(
          NAME, List.of("OKRSDK_GTMHUB_TOKEN", "OKRSDK_GTMHUB_ACCOUNT_ID"), List.of("OKRSDK_GTMHUB_BASE_URL", "OKRSDK_GTMHUB_REGION"));
      environment.use("OKRSDK_GTMHUB_TOKEN", this::token);
      environment.use("OKRSDK_GTMHUB_ACCOUNT_ID", this::accountId);
      if (!environment.use("OKRSDK_GTMHUB_BASE_URL", this::baseUrl)) {
        environment.enumValue("OKRSDK_GTMHUB_REGION", GtmhubRegion.class).ifPresent(this::region);
      }
    }

    @Override
    protected void configureJson(Moshi.Builder moshi) {
      GtmhubJson.register(moshi);
    }

    /**
     * The client.
     *
     * @return the client
     * @throws IllegalStateException when the token, the account id or the base URL is missing
     */
    public GtmhubClient build() {
      requireSetting(token, NAME + " needs an API token: call token(...) or credentials(...)");
      requireSetting(accountId, NAME + " needs an account id: call accountId(...) or credentials(...)");
      BearerAuth auth = new BearerAuth(token, Map.of(ACCOUNT_ID_HEADER, accountId));
      return new GtmhubClient(buildRuntime(NAME, auth, NAME + " needs credentials: call credentials(...)"), bulkBodies);
    }
  }
}
