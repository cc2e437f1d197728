package io.okrsdk.testing.perform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.UnauthorizedException;
import io.okrsdk.perform.PerformClient;
import io.okrsdk.testing.FakePerformServer;
import java.io.IOException;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fake's HTTP behaviour seen on the wire: credentials, paths, statuses, links and the JSON itself. */
class FakePerformProtocolTest {
  private static final String AUTH = Credentials.basic(FakePerformServer.USERNAME, FakePerformServer.API_KEY);

  @RegisterExtension final FakePerformServer perform = new FakePerformServer();

  private final OkHttpClient http = new OkHttpClient.Builder().followRedirects(false).build();

  @AfterEach
  void closeHttp() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @Test
  void refusesRequestsWithoutCredentials() throws IOException {
    try (Response response = get("api/v2/goals/", null)) {
      assertThat(response.code()).isEqualTo(401);
      assertThat(response.header("WWW-Authenticate")).isEqualTo("Basic realm=\"api\"");
      assertThat(response.body().string()).isEqualTo("{\"detail\":\"Authentication credentials were not provided.\"}");
    }
    try (Response response = get("api/v2/checkins/" + encodedExampleCheckin() + "/", "Bearer something")) {
      assertThat(response.code()).isEqualTo(401);
    }
    try (Response response = get("api/v2/goals/", "Basic %%%not-base64")) {
      assertThat(response.code()).isEqualTo(401);
    }
  }

  @Test
  void refusesWrongCredentialsThroughTheClient() {
    for (String[] wrong : new String[][] {
      {FakePerformServer.USERNAME, "wrong-key"}, {"someone-else", FakePerformServer.API_KEY}
    }) {
      try (PerformClient client = perform.clientBuilder().credentials(wrong[0], wrong[1]).build()) {
        assertThatThrownBy(() -> client.goals().list().toList()).isInstanceOf(UnauthorizedException.class);
        assertThatThrownBy(() -> client.goals().get(FakePerformServer.EXAMPLE_GOAL_ID))
            .isInstanceOf(UnauthorizedException.class);
        assertThatThrownBy(() -> client.checkins().list().toList()).isInstanceOf(UnauthorizedException.class);
        assertThatThrownBy(() -> client.checkins().get(FakePerformServer.EXAMPLE_CHECKIN_ID))
            .isInstanceOf(UnauthorizedException.class)
            .hasMessageNotContaining("wrong-key");
      }
    }
  }

  @Test
  void answersUnknownPathsWith404() throws IOException {
    for (String path : new String[] {
      "", "api/", "api/v2/", "api/v1/goals/", "api/v2/departments/", "api/v2/users/any/", "api/v2/goals/a/b/", "api/v2/goals//",
      "api/v2/goals/" + encodedExampleGoal() + "/responses/"
    }) {
      try (Response response = get(path, AUTH)) {
        assertThat(response.code()).as(path).isEqualTo(404);
        assertThat(response.body().string()).as(path).isEqualTo("{\"detail\":\"Not found.\"}");
      }
    }
  }

  @Test
  void redirectsKnownPathsWithoutTheTrailingSlash() throws IOException {
    try (Response response = get("api/v2/goals/" + encodedExampleGoal(), AUTH)) {
      assertThat(response.code()).isEqualTo(301);
      assertThat(response.header("Location"))
          .isEqualTo(perform.baseUrl() + "api/v2/goals/" + encodedExampleGoal() + "/");
    }
    try (Response response = get("api/v2/checkins?limit=1", null)) {
      assertThat(response.code()).isEqualTo(301);
      assertThat(response.header("Location")).isEqualTo(perform.baseUrl() + "api/v2/checkins/?limit=1");
    }
    OkHttpClient following = http.newBuilder().followRedirects(true).build();
    try (Response response = following.newCall(request("api/v2/goals/" + encodedExampleGoal(), AUTH)).execute()) {
      assertThat(response.code()).isEqualTo(200);
      assertThat(response.body().string()).contains(FakePerformServer.EXAMPLE_GOAL_ID);
    }
  }

  @Test
  void acceptsEncodedAndPlainIds() throws IOException {
    for (String id : new String[] {encodedExampleGoal(), FakePerformServer.EXAMPLE_GOAL_ID}) {
      try (Response response = get("api/v2/goals/" + id + "/", AUTH)) {
        assertThat(response.code()).as(id).isEqualTo(200);
      }
    }
    try (Response response = get("api/v2/goals/" + encodedExampleCheckin() + "/", AUTH)) {
      assertThat(response.code()).isEqualTo(404);
    }
  }

  @Test
  void refusesOtherMethodsWith405() throws IOException {
    Request post = new Request.Builder()
        .url(perform.baseUrl() + "api/v2/goals/")
        .header("Authorization", AUTH)
        .post(RequestBody.create(new byte[0]))
        .build();
    try (Response response = http.newCall(post).execute()) {
      assertThat(response.code()).isEqualTo(405);
      assertThat(response.header("Allow")).isEqualTo("GET");
      assertThat(response.body().string()).isEqualTo("{\"detail\":\"Method \\\"POST\\\" not allowed.\"}");
    }
  }

  @Test
  void writesTheVendorsJson() throws IOException {
    try (Response response = get("api/v2/goals/?limit=1", AUTH)) {
      assertThat(response.header("Content-Type")).isEqualTo("application/json");
      assertThat(response.body().string())
          .startsWith("{\"count\":1,\"next\":null,\"previous\":null,\"results\":[{\"api_id\":\"" + FakePerformServer.EXAMPLE_GOAL_ID)
          .contains("\"title\":\"Increase sales by 20%\"", "\"department\":null", "\"unit\":\"perc\"",
              "\"baseline_value\":\"0.0000\"", "\"current_value\":\"20.0000\"", "\"start_date\":\"2025-01-01\"",
              "\"is_complete\":false", "\"rag_status\":\"RED\"", "\"goal_weight\":1",
              "\"goal_visibility\":\"lineofsight\"");
    }
    try (Response response = get("api/v2/checkins/", AUTH)) {
      String body = response.body().string();
      assertThat(body)
          .contains("\"submission_date\":\"2025-04-11T12:06:00.882601+01:00\"",
              "\"deadline_date\":\"2025-04-11T12:00:00+01:00\"")
          .doesNotContain("responses");
    }
    try (Response response = get("api/v2/checkins/" + encodedExampleCheckin() + "/", AUTH)) {
      assertThat(response.body().string())
          .contains("\"responses\":[{\"api_id\":\"580:62a8f61c-88ba-40b6-816a-bf2625db106a\"",
              "\"person_properties\":[]");
    }
  }

  @Test
  void pagesOnlyWhenALimitIsGiven() throws IOException {
    perform.withGeneratedGoals(30);
    try (Response response = get("api/v2/goals/", AUTH)) {
      String body = response.body().string();
      assertThat(body).startsWith("{\"count\":31,\"next\":null,\"previous\":null,");
      assertThat(body.split("\"api_id\"", -1)).hasSize(32);
    }
    for (String ignored : new String[] {"limit=0", "limit=-3", "limit=ten"}) {
      try (Response response = get("api/v2/goals/?" + ignored + "&offset=nope", AUTH)) {
        assertThat(response.body().string()).as(ignored).startsWith("{\"count\":31,\"next\":null,\"previous\":null,");
      }
    }
    try (Response response = get("api/v2/goals/?offset=25&limit=4", AUTH)) {
      assertThat(response.body().string())
          .startsWith("{\"count\":31,\"next\":\"" + perform.baseUrl() + "api/v2/goals/?limit=4&offset=29\",\"previous\":\""
              + perform.baseUrl() + "api/v2/goals/?limit=4&offset=21\"");
    }
  }

  @Test
  void answersAnInvalidDateWith400() throws IOException {
    try (Response response = get("api/v2/checkins/?date_from=2025-13-01&date_to=yesterday&department=x", AUTH)) {
      assertThat(response.code()).isEqualTo(400);
      assertThat(response.body().string())
          .isEqualTo("{\"date_from\":[\"Enter a valid date.\"],\"date_to\":[\"Enter a valid date.\"]}");
    }
  }

  private Response get(String path, String authorization) throws IOException {
    return http.newCall(request(path, authorization)).execute();
  }

  private Request request(String path, String authorization) {
    Request.Builder request = new Request.Builder().url(perform.baseUrl() + path);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return request.build();
  }

  private static String encodedExampleGoal() {
    return FakePerformServer.EXAMPLE_GOAL_ID.replace(":", "%3A");
  }

  private static String encodedExampleCheckin() {
    return FakePerformServer.EXAMPLE_CHECKIN_ID.replace(":", "%3A");
  }
}
