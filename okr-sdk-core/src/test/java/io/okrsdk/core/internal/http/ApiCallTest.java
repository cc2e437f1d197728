package io.okrsdk.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Moshi;
import io.okrsdk.core.json.DecodingOptions;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * How a generated call answers, below the SDK's error mapping: what Retrofit's calls did for the
 * same statuses, and an asynchronous caller always hears back, even when decoding fails with an
 * error rather than an exception.
 */
@Timeout(20)
class ApiCallTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private final OkHttpClient http = new OkHttpClient();

  @AfterEach
  void release() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private ApiCalls calls() {
    Moshi moshi = new Moshi.Builder().build();
    return new ApiCalls(
        http, server.url("/base/"), moshi, new ResponseDecoding(moshi, DecodingOptions.defaults(), System.getLogger("test")));
  }

  @Test
  void anErrorStatusIsBufferedAndTheRawBodyCannotBeReadTwice() throws IOException {
    server.enqueue(new MockResponse.Builder().code(409).body("{\"error\":\"taken\"}").build());

    Response<String> response = calls().request("GET", "items", false).<String>call(String.class, false).execute();

    assertThat(response.isSuccessful()).isFalse();
    assertThat(response.errorBody().string()).isEqualTo("{\"error\":\"taken\"}");
    assertThatThrownBy(() -> response.raw().body().source()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void noContentIsNotDecodedAndIsMarkedAsABrokenPromiseOfABody() throws IOException {
    server.enqueue(new MockResponse.Builder().code(204).build());
    server.enqueue(new MockResponse.Builder().code(204).build());

    Call<String> promised = calls().request("GET", "items", false).call(String.class, false);
    Call<Void> bodiless = calls().request("DELETE", "items/1", false).call(Void.class, false);

    assertThat(promised.execute().body()).isNull();
    assertThat(((ApiCall<String>) promised).promisesBody()).isTrue();
    assertThat(bodiless.execute().body()).isNull();
    assertThat(((ApiCall<Void>) bodiless).promisesBody()).isFalse();
  }

  @Test
  void aStreamingBodyIsHandedOverUnreadAndABufferedOneWhole() throws IOException {
    server.enqueue(new MockResponse.Builder().body("streamed").build());
    server.enqueue(new MockResponse.Builder().body("buffered").build());

    try (ResponseBody streamed =
        calls().request("GET", "a", false).<ResponseBody>call(ResponseBody.class, true).execute().body()) {
      assertThat(streamed.string()).isEqualTo("streamed");
    }
    ResponseBody buffered = calls().request("GET", "b", false).<ResponseBody>call(ResponseBody.class, false).execute().body();
    assertThat(buffered.string()).isEqualTo("buffered");
  }

  @Test
  void anAsyncCallerHearsOfADecoderThatThrowsAnError() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{}").build());
    ApiRequest request = calls().request("GET", "items", false);
    Call<Object> call = request.call(Object.class, false);
    // The same call, its decoder replaced by one that fails the way a JVM does when memory runs out.
    ApiCall<Object> failing =
        new ApiCall<>(http.newCall(call.request()), body -> {
          throw new OutOfMemoryError("simulated");
        }, true);
    CompletableFuture<Throwable> heard = new CompletableFuture<>();

    failing.enqueue(
        new Callback<Object>() {
          @Override
          public void onResponse(Call<Object> c, Response<Object> response) {
            heard.complete(null);
          }

          @Override
          public void onFailure(Call<Object> c, Throwable failure) {
            heard.complete(failure);
          }
        });

    assertThat(heard.get(10, TimeUnit.SECONDS)).isInstanceOf(OutOfMemoryError.class).hasMessage("simulated");
  }

  @Test
  void aCallRunsOnceAndItsCloneAgain() throws IOException {
    server.enqueue(new MockResponse.Builder().body("\"one\"").build());
    server.enqueue(new MockResponse.Builder().body("\"two\"").build());
    Call<String> call = calls().request("GET", "items", false).call(String.class, false);

    assertThat(call.execute().body()).isEqualTo("one");
    assertThat(call.isExecuted()).isTrue();
    assertThatThrownBy(call::execute).isInstanceOf(IllegalStateException.class);
    assertThat(call.clone().execute().body()).isEqualTo("two");
  }
}
