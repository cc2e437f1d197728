package io.okrsdk.testing.ogsm;

import io.okrsdk.testing.FakeOgsmServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Plain HTTP against a fake, for what the SDK never sends: missing credentials, unknown paths,
 * malformed create bodies. No retries, so every request reaches the fake once.
 */
final class RawHttp implements AutoCloseable {
  /** What came back. */
  static final class Answer {
    final int status;
    final String contentType;
    final String wwwAuthenticate;
    final String body;

    Answer(Response response) throws IOException {
      this.status = response.code();
      this.contentType = response.header("Content-Type");
      this.wwwAuthenticate = response.header("WWW-Authenticate");
      this.body = response.body().string();
    }
  }

  private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
  private final FakeOgsmServer fake;

  RawHttp(FakeOgsmServer fake) {
    this.fake = fake;
  }

  Answer get(String path) {
    return send(authorized(path).get().build());
  }

  Answer getWithoutCredentials(String path) {
    return send(new Request.Builder().url(fake.baseUrl() + path).get().build());
  }

  Answer send(String method, String path, String contentType, String body) {
    RequestBody requestBody = RequestBody.create(body, contentType == null ? null : MediaType.get(contentType));
    return send(authorized(path).method(method, requestBody).build());
  }

  Answer postJson(String path, String body) {
    return send("POST", path, "application/json", body);
  }

  private Request.Builder authorized(String path) {
    return new Request.Builder()
        .url(fake.baseUrl() + path)
        .header("Authorization", Credentials.basic(FakeOgsmServer.USERNAME, FakeOgsmServer.PASSWORD));
  }

  private Answer send(Request request) {
    try (Response response = http.newCall(request).execute()) {
      return new Answer(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
