package io.okrsdk.testing.fakes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Plain OkHttp against a fake, so a test sees exactly what the fake serves (status, headers, body
 * text) and can send what the SDK never would. No retries: every request reaches the fake once.
 */
final class Wire implements AutoCloseable {
  /** What came back. */
  static final class Answer {
    final int status;
    final String contentType;
    final String body;

    Answer(Response response) throws IOException {
      this.status = response.code();
      this.contentType = response.header("Content-Type");
      this.body = response.body().string();
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
  private final String baseUrl;
  private final Map<String, String> headers = new LinkedHashMap<>();

  /**
   * Sends to a base URL with fixed headers (credentials).
   *
   * @param baseUrl the fake's API base URL, ending in {@code /}
   * @param headers name, value, name, value...
   */
  Wire(String baseUrl, String... headers) {
    this.baseUrl = baseUrl;
    for (int i = 0; i < headers.length; i += 2) {
      this.headers.put(headers[i], headers[i + 1]);
    }
  }

  Answer get(String path) {
    return send("GET", path, null, null);
  }

  Answer send(String method, String path, String contentType, String body) {
    Request.Builder request = new Request.Builder().url(baseUrl + path);
    headers.forEach(request::header);
    RequestBody requestBody =
        body == null ? null : RequestBody.create(body, contentType == null ? null : MediaType.get(contentType));
    request.method(method, requestBody);
    try (Response response = http.newCall(request.build()).execute()) {
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
