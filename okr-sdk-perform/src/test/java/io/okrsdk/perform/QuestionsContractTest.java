package io.okrsdk.perform;

import static io.okrsdk.perform.TestServers.BASIC_AUTH;
import static io.okrsdk.perform.TestServers.json;
import static io.okrsdk.perform.TestServers.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.NotFoundException;
import io.okrsdk.core.testsupport.Fixtures;
import io.okrsdk.perform.model.Question;
import io.okrsdk.perform.model.QuestionChoice;
import io.okrsdk.perform.model.QuestionPage;
import io.okrsdk.perform.model.QuestionResponse;
import io.okrsdk.perform.model.QuestionResponsePage;
import io.okrsdk.perform.model.QuestionType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code GET api/v2/questions/}, one question and its responses, against the help centre's example
 * (questions) and a fixture written from the field names the vendor uses for responses elsewhere
 * (responses: unverified).
 */
@Timeout(10)
class QuestionsContractTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void questionsSendLimitAndOffsetAndDecodeTheDocsExample() throws Exception {
    server.enqueue(json(Fixtures.read("perform/questions.json")));
    List<Question> questions;
    try (PerformClient client = TestServers.client(server)) {
      questions = client.questions().list().toList();
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/api/v2/questions/?limit=100&offset=0");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo(BASIC_AUTH);
    assertThat(questions).hasSize(1);
    Question question = questions.get(0);
    assertThat(question.apiId()).isEqualTo("580:396cd5f1-d52b-4cfc-bcc6-610e17697a86");
    assertThat(question.text()).contains("How easily do you find communicating with colleagues when remote working?");
    assertThat(question.type().map(t -> t.is(QuestionType.CHOICE))).contains(true);
    assertThat(question.type().get().value()).isEqualTo("choice");
    assertThat(question.choices()).extracting(QuestionChoice::text).containsExactly(
        java.util.Optional.of("Very difficult"), java.util.Optional.of("Difficult"));
    assertThat(question.choices().get(0).apiId()).contains("580:5f48d723-9987-4b04-9d8e-716dfc1ef704");
    assertThat(question.unrecognized().isEmpty()).isTrue();
  }

  @Test
  void everyDocumentedTypeIsKnownYesNoIncludedAndANewTypeIsKept() throws Exception {
    server.enqueue(json("{\"count\":6,\"next\":null,\"previous\":null,\"results\":["
        + "{\"api_id\":\"q1\",\"type\":\"choice\",\"choices\":[]},{\"api_id\":\"q2\",\"type\":\"rating\",\"choices\":[]},"
        + "{\"api_id\":\"q3\",\"type\":\"text\",\"choices\":[]},{\"api_id\":\"q4\",\"type\":\"yes/no\",\"choices\":[]},"
        + "{\"api_id\":\"q5\",\"type\":\"recognition\",\"choices\":[]},{\"api_id\":\"q6\",\"type\":\"emoji\"}]}"));
    QuestionPage page;
    try (PerformClient client = TestServers.client(server)) {
      page = client.questions().listPage(6, 0);
    }
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/questions/?limit=6&offset=0");
    assertThat(page.results()).extracting(q -> q.type().flatMap(t -> t.known()).orElse(null))
        .containsExactly(QuestionType.CHOICE, QuestionType.RATING, QuestionType.TEXT, QuestionType.YES_NO,
            QuestionType.RECOGNITION, null);
    assertThat(page.results().get(5).type().get().value()).isEqualTo("emoji");
    assertThat(page.results().get(5).choices()).isEmpty();
  }

  @Test
  void oneQuestionByEncodedIdAndNotFound() throws Exception {
    server.enqueue(json("{\"api_id\":\"580:q1\",\"text\":\"How was your week?\",\"type\":\"rating\",\"choices\":[],\"scale\":10}"));
    server.enqueue(status(404, "{\"detail\":\"Not found.\"}"));
    try (PerformClient client = TestServers.client(server)) {
      Question question = client.questions().getAsync("580:q1").get(5, TimeUnit.SECONDS);
      assertThat(question.text()).contains("How was your week?");
      assertThat(question.unrecognized().unknownFields()).containsKey("scale");
      assertThatThrownBy(() -> client.questions().get("580:missing")).isInstanceOf(NotFoundException.class);
    }
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/questions/580%3Aq1/");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/questions/580%3Amissing/");
  }

  @Test
  void responsesOfAQuestionSendItsEncodedIdAndDecodeTheFixture() throws Exception {
    server.enqueue(json(Fixtures.read("perform/question-responses.json")));
    List<QuestionResponse> responses;
    try (PerformClient client = TestServers.client(server)) {
      responses = client.questions().responses("580:396cd5f1-d52b-4cfc-bcc6-610e17697a86", 25).toList();
    }
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/api/v2/questions/580%3A396cd5f1-d52b-4cfc-bcc6-610e17697a86/responses/?limit=25&offset=0");
    assertThat(responses).hasSize(2);
    QuestionResponse first = responses.get(0);
    assertThat(first.apiId()).isEqualTo("580:7c1e0000-0000-4000-8000-000000000001");
    assertThat(first.text()).contains("Very difficult");
    assertThat(first.responseDate())
        .contains(OffsetDateTime.of(2025, 4, 11, 12, 6, 1, 46_509_000, ZoneOffset.ofHours(1)));
    assertThat(first.personName()).contains("Michael Test");
    assertThat(first.personApiId()).contains("580:f88ab8b9-4e41-4025-ad77-519006ba855f");
    assertThat(first.personEmail()).contains("mtest@test.com");
    assertThat(first.personDepartment()).contains("Research and Development");
    assertThat(first.personProperties()).hasSize(1);
    assertThat(first.personProperties().get(0).value()).contains("Engineer");
    // A field the SDK does not model (the answer under another name) stays readable as raw JSON.
    QuestionResponse second = responses.get(1);
    assertThat(second.text()).isEmpty();
    assertThat(second.unrecognized().unknownFields()).containsKey("choice_api_id");
  }

  @Test
  void responsesPagesFollowNextLinksAndPageAsync() throws Exception {
    String next = server.url("/api/v2/questions/580%3Aq1/responses/?limit=1&offset=1").toString();
    server.enqueue(json("{\"count\":2,\"next\":\"" + next + "\",\"previous\":null,\"results\":[{\"api_id\":\"r1\"}]}"));
    server.enqueue(json("{\"count\":2,\"next\":null,\"previous\":null,\"results\":[{\"api_id\":\"r2\"}]}"));
    server.enqueue(json("{\"count\":2,\"next\":null,\"previous\":null,\"results\":[{\"api_id\":\"r2\"}]}"));
    List<QuestionResponse> all;
    QuestionResponsePage second;
    try (PerformClient client = TestServers.client(server)) {
      all = client.questions().responses("580:q1", 1).toList();
      second = client.questions().responsesPageAsync("580:q1", 1, 1).get(5, TimeUnit.SECONDS);
    }
    assertThat(all).extracting(QuestionResponse::apiId).containsExactly("r1", "r2");
    assertThat(second.count()).isEqualTo(2);
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/questions/580%3Aq1/responses/?limit=1&offset=0");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/questions/580%3Aq1/responses/?limit=1&offset=1");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/questions/580%3Aq1/responses/?limit=1&offset=1");
  }

  @Test
  void questionPagesFollowNextLinks() throws Exception {
    String next = server.url("/api/v2/questions/?limit=1&offset=1").toString();
    server.enqueue(json("{\"count\":2,\"next\":\"" + next + "\",\"previous\":null,\"results\":[{\"api_id\":\"a\"}]}"));
    server.enqueue(json("{\"count\":2,\"next\":null,\"previous\":null,\"results\":[{\"api_id\":\"b\"}]}"));
    List<Question> all;
    try (PerformClient client = TestServers.client(server)) {
      all = client.questions().list(1).toList();
    }
    assertThat(all).extracting(Question::apiId).containsExactly("a", "b");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/questions/?limit=1&offset=0");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/questions/?limit=1&offset=1");
  }

  @Test
  void badArgumentsAreRefusedBeforeAnyRequest() {
    try (PerformClient client = TestServers.client(server)) {
      assertThatThrownBy(() -> client.questions().get(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apiId");
      assertThatThrownBy(() -> client.questions().responses(null)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("questionApiId");
      assertThatThrownBy(() -> client.questions().responsesPage("q", 0, 0)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("limit");
      assertThatThrownBy(() -> client.questions().listPageAsync(10, -1)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("offset");
      assertThatThrownBy(() -> client.questions().list(0)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
