package io.okrsdk.testing.gtmhub;

import static io.okrsdk.testing.FakeGtmhubServer.ACCOUNT_ID;
import static io.okrsdk.testing.FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID;
import static io.okrsdk.testing.FakeGtmhubServer.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.UnauthorizedException;
import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.gtmhub.query.ListQuery;
import io.okrsdk.testing.FakeGtmhubServer;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Credentials (401/400), unknown paths and methods, and serving under a Quantive path prefix. */
class GtmhubAuthAndRoutingTest {
  private static final OkHttpClient HTTP = new OkHttpClient();

  @RegisterExtension final FakeGtmhubServer gtmhub = new FakeGtmhubServer();

  @AfterAll
  static void closeHttp() {
    HTTP.dispatcher().executorService().shutdown();
    HTTP.connectionPool().evictAll();
  }

  private Response get(String path, String authorization, String account) throws IOException {
    Request.Builder request = new Request.Builder().url(gtmhub.apiBaseUrl() + path);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (account != null) {
      request.header("gtmhub-accountId", account);
    }
    return HTTP.newCall(request.build()).execute();
  }

  @Test
  void aWrongTokenIs401() {
    try (GtmhubClient client = gtmhub.clientBuilder().credentials("not-the-token", ACCOUNT_ID).build()) {
      assertThatThrownBy(() -> client.goals().listPage(ListQuery.all(), 0, 1))
          .isInstanceOfSatisfying(UnauthorizedException.class, e -> assertThat(e.statusCode()).isEqualTo(401));
    }
  }

  @Test
  void anotherAccountIs401() {
    try (GtmhubClient client = gtmhub.clientBuilder().credentials(TOKEN, "5be26318e5274a0007f17f61").build()) {
      assertThatThrownBy(() -> client.goals().get(SEEDED_DRAFT_GOAL_ID)).isInstanceOf(UnauthorizedException.class);
    }
  }

  @Test
  void credentialsAreCheckedOnTheWire() throws IOException {
    try (Response noToken = get("api/v2/goals", null, ACCOUNT_ID)) {
      assertThat(noToken.code()).isEqualTo(401);
    }
    try (Response basic = get("api/v2/goals", "Basic " + TOKEN, ACCOUNT_ID)) {
      assertThat(basic.code()).isEqualTo(401);
    }
    try (Response noAccount = get("api/v2/goals", "Bearer " + TOKEN, null)) {
      assertThat(noAccount.code()).isEqualTo(400);
      assertThat(noAccount.body().string()).contains("gtmhub-accountId");
    }
    try (Response otherCase = HTTP.newCall(new Request.Builder().url(gtmhub.apiBaseUrl() + "api/v2/goals?limit=1")
        .header("authorization", "bearer " + TOKEN).header("Gtmhub-AccountId", ACCOUNT_ID).build()).execute()) {
      assertThat(otherCase.code()).as("header names and the scheme are case-insensitive").isEqualTo(200);
      assertThat(otherCase.header("Content-Type")).startsWith("application/json");
    }
  }

  @Test
  void unknownPathsAre404AndOtherMethods405() throws IOException {
    try (Response unknown = get("api/v1/objectives", "Bearer " + TOKEN, ACCOUNT_ID)) {
      assertThat(unknown.code()).isEqualTo(404);
    }
    try (Response v1List = get("api/v1/goals", "Bearer " + TOKEN, ACCOUNT_ID)) {
      assertThat(v1List.code()).as("the list is only on v2").isEqualTo(405);
    }
    Request post = new Request.Builder().url(gtmhub.apiBaseUrl() + "api/v2/goals")
        .header("Authorization", "Bearer " + TOKEN).header("gtmhub-accountId", ACCOUNT_ID)
        .post(RequestBody.create("{}", MediaType.get("application/json"))).build();
    try (Response response = HTTP.newCall(post).execute()) {
      assertThat(response.code()).isEqualTo(405);
    }
  }

  @Test
  void malformedBodiesAre400() throws IOException {
    Request post = new Request.Builder().url(gtmhub.apiBaseUrl() + "api/v1/goals")
        .header("Authorization", "Bearer " + TOKEN).header("gtmhub-accountId", ACCOUNT_ID)
        .post(RequestBody.create("{\"name\": ", MediaType.get("application/json"))).build();
    try (Response response = HTTP.newCall(post).execute()) {
      assertThat(response.code()).isEqualTo(400);
    }
    assertThat(gtmhub.goalCount()).isEqualTo(FakeGtmhubServer.SEEDED_GOAL_COUNT);
  }

  @Test
  void servesUnderTheQuantivePrefix() throws IOException {
    gtmhub.withPathPrefix(FakeGtmhubServer.QUANTIVE_PATH_PREFIX);
    assertThat(gtmhub.apiBaseUrl()).isEqualTo(gtmhub.baseUrl() + "results/");

    try (GtmhubClient client = gtmhub.newClient()) {
      assertThat(client.goals().get(SEEDED_DRAFT_GOAL_ID).id()).isEqualTo(SEEDED_DRAFT_GOAL_ID);
      assertThat(client.goals().listPage(ListQuery.all(), 0, 5).items()).hasSize(5);
    }
    try (Response outside = HTTP.newCall(new Request.Builder().url(gtmhub.baseUrl() + "api/v2/goals")
        .header("Authorization", "Bearer " + TOKEN).header("gtmhub-accountId", ACCOUNT_ID).build()).execute()) {
      assertThat(outside.code()).isEqualTo(404);
    }
  }
}
