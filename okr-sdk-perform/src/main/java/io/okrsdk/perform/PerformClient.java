package io.okrsdk.perform;

import com.squareup.moshi.Moshi;
import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.OkrClient;
import io.okrsdk.core.OkrClientBuilder;
import io.okrsdk.core.auth.AuthScheme;
import io.okrsdk.core.internal.auth.BasicAuth;
import io.okrsdk.core.internal.auth.Secrets;
import io.okrsdk.core.internal.auth.TokenFlowAuth;
import io.okrsdk.perform.internal.PerformTokenFlow;
import io.okrsdk.perform.internal.PerformApiCalls;
import io.okrsdk.perform.internal.PerformJson;
import io.okrsdk.core.Environment;
import io.okrsdk.perform.internal.PerformFirstCallClasses;
import java.util.List;

/**
 * The Perform &amp; Engage 365 client (Zensai, formerly Weekly10): goals and OKRs, check-ins,
 * users, recognition, conversations with their plans and templates, questions with their responses,
 * read through the vendor's API v2. Authenticates with HTTP Basic ({@link
 * Builder#credentials(String, String)}) or the token flow ({@link Builder#tokenCredentials(String,
 * String)}).
 *
 * <pre>{@code
 * try (PerformClient perform = PerformClient.builder()
 *     .region("pro")                                  // https://pro.weekly10.net/
 *     .credentials("api-user", apiKey)                // HTTP Basic
 *     .build()) {
 *   for (Goal goal : perform.goals().list()) { ... }
 *   CheckinDetail checkin = perform.checkins().get("580:ce417c60-...");
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it. {@link #close()} releases the connection
 * pool and threads the client created (never those of an {@code OkHttpClient} passed to the
 * builder).
 */
public final class PerformClient extends OkrClient<PerformClient> {
  private static final String NAME = "PerformClient";
  private static final String MISSING_CREDENTIALS =
      NAME + " needs credentials: call credentials(username, apiKey), tokenCredentials(username, password) or auth(...)";


  private PerformClient(ClientRuntime runtime) {
    super(runtime);
  }

  /**
   * A builder. Required: a base URL ({@link Builder#region(String)} or {@link
   * Builder#baseUrl(String)}) and credentials ({@link Builder#credentials(String, String)}).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Goals, sub-goals, OKRs and OKR key results.
   *
   * @return the goal service
   */
  public GoalService goals() {
    return service(GoalService.class, r -> new GoalService(r, new PerformApiCalls(r.apiCalls())));
  }

  /**
   * Check-ins and their responses.
   *
   * @return the check-in service
   */
  public CheckinService checkins() {
    return service(CheckinService.class, r -> new CheckinService(r, new PerformApiCalls(r.apiCalls())));
  }

  /**
   * The organisation's users, with their departments and managers.
   *
   * @return the user service
   */
  public UserService users() {
    return service(UserService.class, r -> new UserService(r, new PerformApiCalls(r.apiCalls())));
  }

  /**
   * Recognitions: responses that mention a colleague.
   *
   * @return the recognition service
   */
  public RecognitionService recognition() {
    return service(RecognitionService.class, r -> new RecognitionService(r, new PerformApiCalls(r.apiCalls())));
  }

  /**
   * Conversations: reviews, 1:1s and surveys, each an instance of a plan.
   *
   * @return the conversation service
   */
  public ConversationService conversations() {
    return service(ConversationService.class, r -> new ConversationService(r, new PerformApiCalls(r.apiCalls())));
  }

  /**
   * Conversation plans: the scheduled conversations built from a template.
   *
   * @return the conversation plan service
   */
  public ConversationPlanService conversationPlans() {
    return service(ConversationPlanService.class, r -> new ConversationPlanService(r, new PerformApiCalls(r.apiCalls())));
  }

  /**
   * Conversation templates: the forms conversations follow.
   *
   * @return the conversation template service
   */
  public ConversationTemplateService conversationTemplates() {
    return service(ConversationTemplateService.class, r -> new ConversationTemplateService(r, new PerformApiCalls(r.apiCalls())));
  }

  /**
   * Questions of check-ins and conversations, and the responses to each.
   *
   * @return the question service
   */
  public QuestionService questions() {
    return service(QuestionService.class, r -> new QuestionService(r, new PerformApiCalls(r.apiCalls())));
  }

  @Override
  protected PerformClient withRuntime(ClientRuntime runtime) {
    return new PerformClient(runtime);
  }

  /**
   * Builds a {@link PerformClient}. Every option of {@link OkrClientBuilder} applies (timeouts,
   * retries, logging, an own {@code OkHttpClient}, ...). Not thread-safe.
   */
  public static final class Builder extends OkrClientBuilder<Builder> {
    private AuthScheme auth;
    private String tokenUsername;
    private String tokenPassword;

    private Builder() {
      super(PerformFirstCallClasses.NAMES);
    }

    /**
     * The vendor's regional host, {@code https://<region>.weekly10.net/}; for example {@code pro}
     * gives {@code https://pro.weekly10.net/}. Use {@link #baseUrl(String)} for any other host.
     * The vendor has no single default host, so one of the two is required.
     *
     * @param region the region's host label, such as {@code pro}
     * @return this builder
     * @throws IllegalArgumentException when the region is not a host name label
     */
    public Builder region(String region) {
      return baseUrl(hostUnder(region, "weekly10.net", "region"));
    }

    /**
     * The API user's credentials, sent as HTTP Basic on every request to the base URL's host:
     * the username and the API key a super admin generated under settings, API keys.
     *
     * @param username the API user's username
     * @param apiKey the API key
     * @return this builder
     * @throws IllegalArgumentException when either is null, blank or holds a line break; the
     *     message names {@code username} or {@code apiKey}
     */
    public Builder credentials(String username, String apiKey) {
      this.auth = new BasicAuth(Secrets.requireText(username, "username"), Secrets.requireText(apiKey, "apiKey"));
      clearTokenCredentials();
      return this;
    }

    /**
     * The token flow, for accounts that use it instead of {@link #credentials(String, String)}:
     * on its first call the client exchanges the username and password for a token ({@code POST
     * obtainauthtoken/} with {@code {"username", "password"}}, sent without credentials), caches it
     * and sends {@code Authorization: Token <token>} to the base URL's host. When the server answers
     * 401, the client obtains a new token once and repeats the request once; a second 401 is an
     * {@link io.okrsdk.core.UnauthorizedException}. Threads that start at once share one exchange.
     * The password and the token never appear in {@code toString()}, logs or exception messages.
     *
     * <p>A refused exchange (wrong username or password) fails the call with an {@link
     * io.okrsdk.core.UnauthorizedException} that names this setting; nothing is cached, so the
     * next call tries again.
     *
     * @param username the account's username
     * @param password the account's password
     * @return this builder
     * @throws IllegalArgumentException when either is null, blank or holds a line break; the
     *     message names {@code username} or {@code password}, never the value
     */
    public Builder tokenCredentials(String username, String password) {
      this.tokenUsername = Secrets.requireText(username, "username");
      this.tokenPassword = Secrets.requireText(password, "password");
      this.auth = null;
      return this;
    }

    private void clearTokenCredentials() {
      this.tokenUsername = null;
      this.tokenPassword = null;
    }

    /**
     * Another way to authenticate than {@link #credentials(String, String)}, such as a token in a
     * header ({@link io.okrsdk.core.internal.auth.HeaderTokenAuth}) for deployments that issue one.
     *
     * @param auth the scheme
     * @return this builder
     */
    public Builder auth(AuthScheme auth) {
      this.auth = requireArgument(auth, "auth");
      clearTokenCredentials();
      return this;
    }

    /**
     * Reads {@code OKRSDK_PERFORM_USERNAME} and {@code OKRSDK_PERFORM_API_KEY} (both required) and
     * the host from {@code OKRSDK_PERFORM_BASE_URL} or, when that is not set, {@code
     * OKRSDK_PERFORM_REGION} (such as {@code pro}); one of the two is required. Called by {@link
     * #fromEnv()}.
     *
     * @param environment the variables
     */
    @Override
    protected void readEnvironment(Environment environment) {
      environment.require(
          NAME, List.of("OKRSDK_PERFORM_USERNAME", "OKRSDK_PERFORM_API_KEY"), List.of("OKRSDK_PERFORM_BASE_URL", "OKRSDK_PERFORM_REGION"));
      credentials(environment.get("OKRSDK_PERFORM_USERNAME").orElseThrow(), environment.get("OKRSDK_PERFORM_API_KEY").orElseThrow());
      if (!environment.use("OKRSDK_PERFORM_BASE_URL", this::baseUrl)) {
        environment.use("OKRSDK_PERFORM_REGION", this::region);
      }
    }

    /**
     * Registers the Perform models' JSON adapters (the goal unit).
     *
     * @param moshi the builder with the SDK's adapters
     */
    @Override
    protected void configureJson(Moshi.Builder moshi) {
      PerformJson.register(moshi);
    }

    /**
     * The client.
     *
     * @return the client
     * @throws IllegalStateException when the base URL or the credentials are missing
     */
    public PerformClient build() {
      if (tokenUsername == null) {
        return new PerformClient(buildRuntime(NAME, auth, MISSING_CREDENTIALS));
      }
      // A new scheme per client: each client caches its own token.
      TokenFlowAuth tokens = PerformTokenFlow.auth(tokenUsername, tokenPassword);
      ClientRuntime runtime = buildRuntime(NAME, tokens, MISSING_CREDENTIALS);
      tokens.bind(PerformTokenFlow.exchange(runtime, tokenUsername, tokenPassword));
      return new PerformClient(runtime);
    }

    @Override
    public String toString() {
      return "PerformClient.Builder{auth="
          + (tokenUsername != null ? "token flow for " + tokenUsername + ", password=REDACTED"
              : auth == null ? "none" : auth.describe())
          + "}";
    }
  }
}
