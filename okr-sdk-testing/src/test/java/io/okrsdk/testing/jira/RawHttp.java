package io.okrsdk.testing.jira;

import io.okrsdk.testing.FakeOkrForJiraServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Plain HTTP against the fake, for what the SDK's client never sends (bad tokens, bad parameters). */
final class RawHttp {
  static final class Answer {
    final int status;
    final String body;

    Answer(int status, String body) {
      this.status = status;
      this.body = body;
    }
  }

  private static final OkHttpClient HTTP = new OkHttpClient();
  private final FakeOkrForJiraServer fake;

  RawHttp(FakeOkrForJiraServer fake) {
    this.fake = fake;
  }

  Answer get(String pathAndQuery) {
    return send(request(pathAndQuery).header("API-Token", FakeOkrForJiraServer.API_TOKEN).build());
  }

  Answer getWithoutToken(String pathAndQuery) {
    return send(request(pathAndQuery).build());
  }

  Answer getWithToken(String pathAndQuery, String token) {
    return send(request(pathAndQuery).header("API-Token", token).build());
  }

  Answer post(String path, String json) {
    return send(
        request(path)
            .header("API-Token", FakeOkrForJiraServer.API_TOKEN)
            .post(RequestBody.create(json, MediaType.get("application/json")))
            .build());
  }

  private Request.Builder request(String pathAndQuery) {
    return new Request.Builder().url(fake.baseUrl() + pathAndQuery);
  }

  private static Answer send(Request request) {
    try (Response response = HTTP.newCall(request).execute()) {
      return new Answer(response.code(), response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
