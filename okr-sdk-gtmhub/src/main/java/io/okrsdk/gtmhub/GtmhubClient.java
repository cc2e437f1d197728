package io.okrsdk.gtmhub;

import io.okrsdk.core.ClientRuntime;
import io.okrsdk.core.OkrClient;
import io.okrsdk.core.OkrClientBuilder;
import io.okrsdk.core.auth.BearerAuth;
import io.okrsdk.core.auth.Secrets;
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
 *   gtmhub.goals().list(GoalQuery.all()).forEach(goal -> ...);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one per account and share it. {@link #close()} releases the
 * connections and threads the client created.
 */
public final class GtmhubClient extends OkrClient {
  private static final String NAME = "GtmhubClient";
  /** The header that names the account, sent on every call. */
  public static final String ACCOUNT_ID_HEADER = "gtmhub-accountId";

  private final GtmhubGoalsApi api;
  private final GoalsService goals;

  private GtmhubClient(ClientRuntime runtime) {
    super(runtime);
    this.api = runtime.api(GtmhubGoalsApi.class);
    this.goals = new GoalsService(runtime, api);
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
  public GoalsService goals() {
    return goals;
  }

  /**
   * The raw Retrofit interface, for callers who want the {@code Call} objects themselves. Calls
   * made this way skip the SDK's error mapping unless run through the services.
   *
   * @return the API
   */
  public GtmhubGoalsApi api() {
    return api;
  }



  /**
   * Builds a {@link GtmhubClient}: credentials (API token and account id), a region or base URL,
   * and every option of {@link OkrClientBuilder}.
   */
  public static final class Builder extends OkrClientBuilder<Builder> {
    private String token;
    private String accountId;

    private Builder() {}

    /**
     * The API token, sent as {@code Authorization: Bearer <token>}.
     *
     * @param token the token; not blank
     * @return this builder
     */
    public Builder token(String token) {
      this.token = Secrets.requireText(token, "token");
      return this;
    }

    /**
     * The account id, sent as {@code gtmhub-accountId} on every call.
     *
     * @param accountId the account id; not blank
     * @return this builder
     */
    public Builder accountId(String accountId) {
      this.accountId = Secrets.requireText(accountId, "accountId");
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
     * The client.
     *
     * @return the client
     * @throws IllegalStateException when the token, the account id or the base URL is missing
     */
    public GtmhubClient build() {
      requireSetting(token, NAME + " needs an API token: call token(...) or credentials(...)");
      requireSetting(accountId, NAME + " needs an account id: call accountId(...) or credentials(...)");
      BearerAuth auth = new BearerAuth(token, Map.of(ACCOUNT_ID_HEADER, accountId));
      return new GtmhubClient(buildRuntime(NAME, auth, NAME + " needs credentials: call credentials(...)"));
    }
  }
}
