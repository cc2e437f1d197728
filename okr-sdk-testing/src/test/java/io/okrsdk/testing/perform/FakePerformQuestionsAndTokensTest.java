package io.okrsdk.testing.perform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.NotFoundException;
import io.okrsdk.core.OkrApiException;
import io.okrsdk.core.UnauthorizedException;
import io.okrsdk.core.auth.AuthScheme;
import io.okrsdk.perform.PerformClient;
import io.okrsdk.perform.model.Question;
import io.okrsdk.perform.model.QuestionResponse;
import io.okrsdk.perform.model.QuestionType;
import io.okrsdk.testing.FakePerformServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real PerformClient against the fake's questions, their responses and its token flow. */
@Timeout(20)
class FakePerformQuestionsAndTokensTest {
  @RegisterExtension final FakePerformServer perform = new FakePerformServer();

  @Test
  void questionsAreSeededWithTheDocsExampleAndPageByLimitAndOffset() {
    PerformClient client = perform.newClient();
    assertThat(client.questions().list().toList()).extracting(Question::apiId)
        .containsExactly(PerformDirectory.EXAMPLE_QUESTION_ID, "580:q-rating", "580:q-recognise");
    assertThat(client.questions().list(1).toList()).hasSize(3);
    assertThat(client.questions().listPage(2, 2).results()).extracting(Question::apiId).containsExactly("580:q-recognise");
    Question example = client.questions().get(PerformDirectory.EXAMPLE_QUESTION_ID);
    assertThat(example.type().map(t -> t.is(QuestionType.CHOICE))).contains(true);
    assertThat(example.choices()).hasSize(2);
    assertThat(example.choices().get(0).text()).contains("Very difficult");
    assertThatThrownBy(() -> client.questions().get("580:missing")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void responsesBelongToTheirQuestionAndAnUnknownQuestionIsNotFound() {
    PerformClient client = perform.newClient();
    List<QuestionResponse> responses = client.questions().responses(PerformDirectory.EXAMPLE_QUESTION_ID, 1).toList();
    assertThat(responses).extracting(QuestionResponse::apiId).containsExactly("580:resp-q1-1", "580:resp-q1-2");
    assertThat(responses.get(0).personProperties().get(0).value()).contains("Engineer");
    assertThat(client.questions().responses("580:q-rating").toList()).isEmpty();
    assertThatThrownBy(() -> client.questions().responses("580:missing").toList()).isInstanceOf(NotFoundException.class);
    perform.directory().addResponse("580:q-rating", QuestionResponse.builder().apiId("580:r-new").text("8").build());
    assertThat(client.questions().responsesPage("580:q-rating", 10, 0).results()).extracting(QuestionResponse::text)
        .containsExactly(java.util.Optional.of("8"));
    assertThatThrownBy(() -> perform.directory().addResponse("580:none", QuestionResponse.builder().apiId("x").build()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theTokenFlowObtainsOneTokenAndRenewsItOnceAfterExpiry() throws Exception {
    PerformClient client = perform.tokenClientBuilder().build();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(pool.submit(() -> {
          start.await();
          return client.questions().list().toList().size();
        }));
      }
      start.countDown();
      for (Future<Integer> call : calls) {
        assertThat(call.get(10, TimeUnit.SECONDS)).isEqualTo(3);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(perform.tokensIssued()).isEqualTo(1);
    perform.expireTokens();
    assertThat(client.goals().get(FakePerformServer.EXAMPLE_GOAL_ID).title()).hasValue("Increase sales by 20%");
    assertThat(perform.tokensIssued()).isEqualTo(2);
  }

  @Test
  void aWrongPasswordIsRefusedByTheExchangeNamingTheSetting() {
    PerformClient client = PerformClient.builder()
        .baseUrl(perform.baseUrl())
        .tokenCredentials(FakePerformServer.USERNAME, "not-the-password")
        .build();
    assertThatThrownBy(() -> client.questions().list().toList())
        .isInstanceOf(UnauthorizedException.class)
        .hasMessageContaining("tokenCredentials")
        .hasMessageContaining("Unable to log in with provided credentials")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("not-the-password"));
    assertThat(perform.tokensIssued()).isZero();
  }

  @Test
  void theExchangeAcceptsAFormTooAndRefusesOtherMethodsAndMissingFields() throws Exception {
    OkHttpClient http = new OkHttpClient();
    String url = perform.baseUrl() + "obtainauthtoken/";
    try (Response form = http.newCall(new Request.Builder().url(url)
            .post(RequestBody.create("username=" + FakePerformServer.USERNAME + "&password=" + FakePerformServer.PASSWORD,
                MediaType.get("application/x-www-form-urlencoded")))
            .build()).execute();
        Response get = http.newCall(new Request.Builder().url(url).build()).execute();
        Response missing = http.newCall(new Request.Builder().url(url)
            .post(RequestBody.create("{\"username\":\"x\"}", MediaType.get("application/json"))).build()).execute()) {
      assertThat(form.code()).isEqualTo(200);
      assertThat(form.body().string()).startsWith("{\"token\":\"fake-perform-token-1-");
      assertThat(get.code()).isEqualTo(405);
      assertThat(missing.code()).isEqualTo(400);
      assertThat(missing.body().string()).contains("password").contains("This field is required.");
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
    PerformClient basic = perform.newClient();
    assertThat(basic.questions().list().toList()).hasSize(3);
    assertThatThrownBy(() -> PerformClient.builder().baseUrl(perform.baseUrl())
            .auth(new ForgedToken()).build()
            .questions().list().toList())
        .isInstanceOf(OkrApiException.class)
        .hasMessageContaining("Invalid token.");
  }

  /** A token the fake never issued. */
  private static final class ForgedToken implements AuthScheme {
    @Override
    public Map<String, String> headers() {
      return Map.of("Authorization", "Token forged-token");
    }

    @Override
    public String describe() {
      return "ForgedToken";
    }
  }
}
