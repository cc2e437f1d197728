package io.okrsdk.jira;

import com.squareup.moshi.Moshi;
import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.OkrClient;
import io.okrsdk.core.OkrClientBuilder;
import io.okrsdk.core.internal.auth.HeaderTokenAuth;
import io.okrsdk.core.internal.auth.Secrets;
import io.okrsdk.jira.internal.OkrForJiraApiCalls;
import io.okrsdk.jira.internal.OkrForJiraJson;
import io.okrsdk.core.Environment;
import io.okrsdk.jira.internal.OkrForJiraFirstCallClasses;
import java.util.List;

/**
 * The entry point to OKR for Jira: {@link #okrs()} for the OKR queries, {@link #updates()} for the
 * update history, its comments and the update methods, {@link #request(String, String)} for an
 * endpoint the SDK does not model.
 *
 * <pre>{@code
 * OkrForJiraClient jira = OkrForJiraClient.builder()
 *     .apiToken(System.getenv("OKRSDK_JIRA_TOKEN"))
 *     .region(OkrForJiraRegion.EU)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one and share it. {@link #close()} releases the HTTP
 * resources the client created.
 */
public final class OkrForJiraClient extends OkrClient<OkrForJiraClient> {
  /** The header the API token travels in. */
  public static final String TOKEN_HEADER = "API-Token";


  private OkrForJiraClient(ClientRuntime runtime) {
    super(runtime);
  }

  /**
   * A new builder, preset to the {@link OkrForJiraRegion#US} host.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The OKR queries: objectives and key results by date window or by id, each as an {@link OkrGraph}.
   *
   * @return the service
   */
  public OkrService okrs() {
    return service(OkrService.class, r -> new OkrService(r, new OkrForJiraApiCalls(r.apiCalls())));
  }

  /**
   * The update history, its comments, and the objective and key result update methods.
   *
   * @return the service
   */
  public UpdateService updates() {
    return service(UpdateService.class, r -> new UpdateService(r, new OkrForJiraApiCalls(r.apiCalls())));
  }

  @Override
  protected OkrForJiraClient withRuntime(ClientRuntime runtime) {
    return new OkrForJiraClient(runtime);
  }

  /**
   * Builds an {@link OkrForJiraClient}: an API token (required), a region or base URL (default
   * {@link OkrForJiraRegion#US}), and every option of {@link OkrClientBuilder}.
   */
  public static final class Builder extends OkrClientBuilder<Builder> {
    private HeaderTokenAuth auth;

    private Builder() {
      super(OkrForJiraFirstCallClasses.NAMES);
      region(OkrForJiraRegion.US);
    }

    /**
     * The API token generated under Settings, API in the OKR for Jira app; sent in the {@code
     * API-Token} header.
     *
     * @param token the token
     * @return this builder
     * @throws IllegalArgumentException when the token is null, blank or holds a line break
     */
    public Builder apiToken(String token) {
      this.auth = new HeaderTokenAuth(TOKEN_HEADER, Secrets.requireText(token, "apiToken"));
      return this;
    }

    /**
     * The host to talk to, as a region preset; {@link #baseUrl(String)} sets any other.
     *
     * @param region the region
     * @return this builder
     */
    public Builder region(OkrForJiraRegion region) {
      return baseUrl(requireArgument(region, "region").baseUrl());
    }

    /**
     * Reads {@code OKRSDK_JIRA_TOKEN} (required) and, optionally, the host from {@code
     * OKRSDK_JIRA_BASE_URL} or else {@code OKRSDK_JIRA_REGION} (an {@link OkrForJiraRegion} name
     * such as {@code EU}); without either the {@link OkrForJiraRegion#US} host stays. Called by
     * {@link #fromEnv()}.
     *
     * @param environment the variables
     */
    @Override
    protected void readEnvironment(Environment environment) {
      environment.require("OkrForJiraClient", List.of("OKRSDK_JIRA_TOKEN"), List.of());
      environment.use("OKRSDK_JIRA_TOKEN", this::apiToken);
      if (!environment.use("OKRSDK_JIRA_BASE_URL", this::baseUrl)) {
        environment.enumValue("OKRSDK_JIRA_REGION", OkrForJiraRegion.class).ifPresent(this::region);
      }
    }

    @Override
    protected void configureJson(Moshi.Builder moshi) {
      OkrForJiraJson.register(moshi);
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalStateException when no API token was set
     */
    public OkrForJiraClient build() {
      return new OkrForJiraClient(
          buildRuntime(
              "OkrForJiraClient",
              auth,
              "OkrForJiraClient needs an API token: call apiToken(...) with the token generated under Settings > API"));
    }
  }
}
