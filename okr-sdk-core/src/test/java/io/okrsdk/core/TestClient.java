package io.okrsdk.core;

import io.okrsdk.core.auth.AuthScheme;
import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Url;

/** A minimal platform client on top of the core, the way platform modules build theirs. */
final class TestClient extends OkrClient<TestClient> {
  final ClientRuntime runtime;
  final TestApi api;

  private TestClient(ClientRuntime runtime) {
    super(runtime);
    this.runtime = runtime;
    this.api = new TestClient_TestApiCalls(runtime.apiCalls());
  }

  static Builder builder() {
    return new Builder();
  }

  @Override
  protected TestClient withRuntime(ClientRuntime runtime) {
    return new TestClient(runtime);
  }

  static final class Builder extends OkrClientBuilder<Builder> {
    private AuthScheme auth;

    Builder() {
      super(List.of());
    }

    Builder auth(AuthScheme auth) {
      this.auth = auth;
      return this;
    }

    @Override
    protected void readEnvironment(Environment environment) {
      environment.require("TestClient", java.util.List.of("OKRSDK_TEST_USERNAME", "OKRSDK_TEST_PASSWORD"), java.util.List.of());
      auth(new io.okrsdk.core.internal.auth.BasicAuth(environment.get("OKRSDK_TEST_USERNAME").orElseThrow(),
          environment.get("OKRSDK_TEST_PASSWORD").orElseThrow()));
      environment.use("OKRSDK_TEST_BASE_URL", this::baseUrl);
    }

    TestClient build() {
      return new TestClient(buildRuntime("TestClient", auth, "TestClient needs credentials: call auth(...)"));
    }
  }

  @OkrModel
  @Value.Immutable
  interface Item extends HasUnrecognized {
    String id();

    Optional<String> name();
  }

  @OkrModel
  @Value.Immutable
  interface ItemPage extends HasUnrecognized {
    long count();

    Optional<String> next();

    List<Item> results();
  }

  interface TestApi {
    @GET("items/{id}/")
    Call<Item> get(@Path(value = "id", encoded = true) String id);

    @GET("items/")
    Call<List<Item>> bare();

    @GET("items/")
    Call<ItemPage> list(@Query("limit") int limit, @Query("offset") long offset);

    @GET
    Call<ItemPage> page(@Url String url);

    @POST("items/")
    Call<Item> create(@Body Item item);

    @PATCH("items/{id}/")
    Call<Item> patch(@Path(value = "id", encoded = true) String id, @Body Item item);

    @PUT("items/{id}/")
    Call<Item> put(@Path(value = "id", encoded = true) String id, @Body Item item);

    @DELETE("items/{id}/")
    Call<Void> delete(@Path(value = "id", encoded = true) String id);
  }
}
