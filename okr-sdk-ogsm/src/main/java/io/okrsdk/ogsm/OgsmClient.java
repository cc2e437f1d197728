package io.okrsdk.ogsm;

import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.OkrClient;
import io.okrsdk.core.OkrClientBuilder;
import io.okrsdk.core.internal.auth.BasicAuth;
import io.okrsdk.core.internal.auth.Secrets;
import io.okrsdk.ogsm.internal.OgsmApiCalls;
import io.okrsdk.core.Environment;
import io.okrsdk.ogsm.internal.OgsmFirstCallClasses;
import java.util.List;

/**
 * The client of one OGSM environment ({@code https://<subdomain>.ogsm.online/}).
 *
 * <pre>{@code
 * try (OgsmClient ogsm = OgsmClient.builder()
 *     .subdomain("acme")
 *     .credentials("api-user", "api-password")
 *     .build()) {
 *   List<Goal> goals = ogsm.goals().listAll();
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one per environment and share it. {@link #close()} releases
 * the connection pool and threads the client created (never those of an {@code OkHttpClient} passed
 * to {@link Builder#httpClient(okhttp3.OkHttpClient)}).
 */
public final class OgsmClient extends OkrClient<OgsmClient> {

  private OgsmClient(ClientRuntime runtime) {
    super(runtime);
  }

  /**
   * A builder; set a subdomain (or base URL) and credentials, then {@code build()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The objectives.
   *
   * @return the service
   */
  public ObjectiveService objectives() {
    return service(ObjectiveService.class, r -> new ObjectiveService(r, new OgsmApiCalls(r.apiCalls())));
  }

  /**
   * The goals.
   *
   * @return the service
   */
  public GoalService goals() {
    return service(GoalService.class, r -> new GoalService(r, new OgsmApiCalls(r.apiCalls())));
  }

  /**
   * The goal measurements ("goal reports" in the API): list and create.
   *
   * @return the service
   */
  public GoalMeasurementService goalMeasurements() {
    return service(GoalMeasurementService.class, r -> new GoalMeasurementService(r, new OgsmApiCalls(r.apiCalls())));
  }

  /**
   * The strategies.
   *
   * @return the service
   */
  public StrategyService strategies() {
    return service(StrategyService.class, r -> new StrategyService(r, new OgsmApiCalls(r.apiCalls())));
  }

  /**
   * The KPIs ("indicators" in the API).
   *
   * @return the service
   */
  public KpiService kpis() {
    return service(KpiService.class, r -> new KpiService(r, new OgsmApiCalls(r.apiCalls())));
  }

  /**
   * The KPI measurements ("indicator reports" in the API): list and create.
   *
   * @return the service
   */
  public KpiMeasurementService kpiMeasurements() {
    return service(KpiMeasurementService.class, r -> new KpiMeasurementService(r, new OgsmApiCalls(r.apiCalls())));
  }

  /**
   * The actions.
   *
   * @return the service
   */
  public ActionService actions() {
    return service(ActionService.class, r -> new ActionService(r, new OgsmApiCalls(r.apiCalls())));
  }

  @Override
  protected OgsmClient withRuntime(ClientRuntime runtime) {
    return new OgsmClient(runtime);
  }

  /**
   * Builds an {@link OgsmClient}. Besides the OGSM settings here, every option of {@link
   * OkrClientBuilder} applies (timeouts, retries, user agent, default headers, an {@code
   * OkHttpClient} of your own, logging, async executor).
   */
  public static final class Builder extends OkrClientBuilder<Builder> {
    /** One DNS label: letters, digits and inner hyphens, at most 63 characters. */

    private static final String MISSING_CREDENTIALS =
        "OgsmClient needs credentials: call credentials(username, password)";

    private BasicAuth auth;

    private Builder() {
      super(OgsmFirstCallClasses.NAMES);
    }

    /**
     * The environment's subdomain: {@code acme} for {@code https://acme.ogsm.online/}. Replaces an
     * earlier {@link #baseUrl(String)}; use {@code baseUrl} for any other host.
     *
     * @param subdomain one DNS label, such as {@code acme}
     * @return this builder
     * @throws IllegalArgumentException when it is null, blank or not a single DNS label
     */
    public Builder subdomain(String subdomain) {
      return baseUrl(hostUnder(subdomain, "ogsm.online", "subdomain"));
    }

    /**
     * The API credentials an admin sets up under Settings, API, sent with HTTP Basic
     * authentication.
     *
     * @param username the API user name
     * @param password the API password
     * @return this builder
     * @throws IllegalArgumentException when either is null or blank
     */
    public Builder credentials(String username, String password) {
      this.auth = new BasicAuth(Secrets.requireText(username, "username"), Secrets.requireText(password, "password"));
      return this;
    }

    /**
     * Reads {@code OKRSDK_OGSM_USERNAME} and {@code OKRSDK_OGSM_PASSWORD} (both required) and the
     * host from {@code OKRSDK_OGSM_BASE_URL} or, when that is not set, {@code
     * OKRSDK_OGSM_SUBDOMAIN} (such as {@code acme}); one of the two is required. Called by {@link
     * #fromEnv()}.
     *
     * @param environment the variables
     */
    @Override
    protected void readEnvironment(Environment environment) {
      environment.require(
          "OgsmClient", List.of("OKRSDK_OGSM_USERNAME", "OKRSDK_OGSM_PASSWORD"), List.of("OKRSDK_OGSM_BASE_URL", "OKRSDK_OGSM_SUBDOMAIN"));
      credentials(environment.get("OKRSDK_OGSM_USERNAME").orElseThrow(), environment.get("OKRSDK_OGSM_PASSWORD").orElseThrow());
      if (!environment.use("OKRSDK_OGSM_BASE_URL", this::baseUrl)) {
        environment.use("OKRSDK_OGSM_SUBDOMAIN", this::subdomain);
      }
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalStateException when the credentials or the subdomain (base URL) are missing
     */
    public OgsmClient build() {
      requireSetting(auth, MISSING_CREDENTIALS);
      if (!hasBaseUrl()) {
        throw new IllegalStateException("OgsmClient needs a base URL: call subdomain(\"acme\") or baseUrl(...)");
      }
      return new OgsmClient(buildRuntime("OgsmClient", auth, MISSING_CREDENTIALS));
    }
  }
}
