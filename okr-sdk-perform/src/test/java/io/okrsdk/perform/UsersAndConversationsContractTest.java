package io.okrsdk.perform;

import io.okrsdk.perform.query.ConversationQuery;
import io.okrsdk.perform.query.RecognitionQuery;
import io.okrsdk.perform.query.UserQuery;
import static io.okrsdk.perform.TestServers.BASIC_AUTH;
import static io.okrsdk.perform.TestServers.json;
import static io.okrsdk.perform.TestServers.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.NotFoundException;
import io.okrsdk.core.testsupport.Fixtures;
import io.okrsdk.perform.model.Conversation;
import io.okrsdk.perform.model.Recognition;
import io.okrsdk.perform.model.User;
import io.okrsdk.perform.model.UserPage;
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
 * {@code GET api/v2/users/}, {@code GET api/v2/conversations/} and one conversation, against the
 * help centre's request examples and fixtures written from its field lists.
 */
@Timeout(10)
class UsersAndConversationsContractTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void usersSendTheDocsExampleFiltersAndDecodeDepartmentsAndManager() throws Exception {
    server.enqueue(json(Fixtures.read("perform/users.json")));
    List<User> users;
    try (PerformClient client = TestServers.client(server)) {
      users =
          client
              .users()
              .list(UserQuery.builder().name("Adele Vance").departmentName("it").managerName("Jamie").isActive(true).build())
              .toList();
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget())
        .isEqualTo(
            "/api/v2/users/?name=Adele%20Vance&department_name=it&manager_name=Jamie&is_active=true"
                + "&limit=100&offset=0");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo(BASIC_AUTH);
    User user = users.get(0);
    assertThat(users).hasSize(1);
    assertThat(user.apiId()).isEqualTo("c5b6c1bc-98a4-4e3b-ab17-54fa0c48b2a1");
    assertThat(user.name()).contains("Adele Vance");
    assertThat(user.email()).contains("adelevance@test.com");
    assertThat(user.departments()).hasSize(1);
    assertThat(user.departments().get(0).name()).contains("IT");
    assertThat(user.departments().get(0).apiId()).contains("580:de9a0000-0000-4000-8000-000000000001");
    assertThat(user.manager().flatMap(m -> m.name())).contains("Jamie Manager");
    assertThat(user.manager().flatMap(m -> m.email())).contains("jamie@test.com");
    assertThat(user.manager().flatMap(m -> m.apiId())).contains("580:3a9e0000-0000-4000-8000-000000000002");
  }

  @Test
  void inactiveUsersFilterIsSentAsFalseAndAUserWithoutManagerOrDepartmentsDecodes() throws Exception {
    server.enqueue(json("{\"count\":1,\"next\":null,\"previous\":null,\"results\":[{\"api_id\":\"u1\",\"manager\":null}]}"));
    UserPage page;
    try (PerformClient client = TestServers.client(server)) {
      page = client.users().listPageAsync(UserQuery.builder().isActive(false).build(), 10, 0).get(5, TimeUnit.SECONDS);
    }
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/users/?is_active=false&limit=10&offset=0");
    assertThat(page.results().get(0).manager()).isEmpty();
    assertThat(page.results().get(0).departments()).isEmpty();
  }

  @Test
  void conversationsSendTheDocsExampleFiltersAndDecodeTheFieldList() throws Exception {
    server.enqueue(json(Fixtures.read("perform/conversations.json")));
    List<Conversation> conversations;
    try (PerformClient client = TestServers.client(server)) {
      conversations =
          client
              .conversations()
              .list(
                  ConversationQuery.builder()
                      .personName("Adele Vance")
                      .planName("9-Box Assessment")
                      .status("draft")
                      .templateName("9-Box")
                      .build(),
                  25)
              .toList();
    }
    assertThat(server.takeRequest().getTarget())
        .isEqualTo(
            "/api/v2/conversations/?person_name=Adele%20Vance&plan_name=9-Box%20Assessment"
                + "&template_name=9-Box&status=draft&limit=25&offset=0");
    Conversation conversation = conversations.get(0);
    assertThat(conversation.apiId()).isEqualTo("580:0a1b2c3d-0000-4000-8000-000000000001");
    assertThat(conversation.templateName()).contains("9-Box");
    assertThat(conversation.templateApiId()).contains("580:9b0c0000-0000-4000-8000-000000000009");
    assertThat(conversation.planName()).contains("9-Box Assessment");
    assertThat(conversation.planApiId()).contains("580:9b0c0000-0000-4000-8000-000000000010");
    assertThat(conversation.stageName()).contains("Self assessment");
    assertThat(conversation.stageApiId()).contains("580:9b0c0000-0000-4000-8000-000000000011");
    assertThat(conversation.status()).contains("draft");
    assertThat(conversation.updatedDate())
        .contains(OffsetDateTime.of(2025, 4, 10, 9, 15, 0, 120_000_000, ZoneOffset.ofHours(1)));
    assertThat(conversation.completedDate()).isEmpty();
    assertThat(conversation.generatedDate()).contains(OffsetDateTime.of(2025, 4, 1, 8, 0, 0, 0, ZoneOffset.ofHours(1)));
    assertThat(conversation.personApiId()).contains("c5b6c1bc-98a4-4e3b-ab17-54fa0c48b2a1");
    assertThat(conversation.personName()).contains("Adele Vance");
  }

  @Test
  void oneConversationByIdAndNotFound() throws Exception {
    server.enqueue(json("{\"api_id\":\"580:c1\",\"status\":\"final\",\"stage_name\":\"Final\",\"answers\":[1,2]}"));
    server.enqueue(status(404, "{\"detail\":\"Not found.\"}"));
    try (PerformClient client = TestServers.client(server)) {
      Conversation conversation = client.conversations().getAsync("580:c1").get(5, TimeUnit.SECONDS);
      assertThat(conversation.stageName()).contains("Final");
      assertThatThrownBy(() -> client.conversations().get("580:missing")).isInstanceOf(NotFoundException.class);
    }
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/conversations/580%3Ac1/");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/conversations/580%3Amissing/");
  }

  @Test
  void pagesFollowNextLinksWithTheFilters() throws Exception {
    String next = server.url("/api/v2/conversations/?status=final&limit=1&offset=1").toString();
    server.enqueue(json("{\"count\":2,\"next\":\"" + next + "\",\"previous\":null,\"results\":[{\"api_id\":\"a\"}]}"));
    server.enqueue(json("{\"count\":2,\"next\":null,\"previous\":null,\"results\":[{\"api_id\":\"b\"}]}"));
    List<Conversation> all;
    try (PerformClient client = TestServers.client(server)) {
      all = client.conversations().list(ConversationQuery.builder().status("final").build(), 1).toList();
    }
    assertThat(all).extracting(Conversation::apiId).containsExactly("a", "b");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/conversations/?status=final&limit=1&offset=0");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/conversations/?status=final&limit=1&offset=1");
  }

  @Test
  void recognitionSendsTheDocsExampleFiltersAndDecodesTheFieldList() throws Exception {
    server.enqueue(json("{\"count\":1,\"next\":null,\"previous\":null,\"results\":[{"
        + "\"api_id\":\"580:r1\",\"question_api_id\":\"580:q1\",\"question_text\":\"Who helped you?\","
        + "\"response_api_id\":\"580:s1\",\"response_text\":\"@Raymond fixed the build\","
        + "\"author_api_id\":\"a1\",\"author_name\":\"Leslie Davies\",\"author_email\":\"leslie@test.com\","
        + "\"mentioned_api_id\":\"m1\",\"mentioned_name\":\"Raymond Armstrong\",\"mentioned_email\":\"ray@test.com\"}]}"));
    List<Recognition> all;
    try (PerformClient client = TestServers.client(server)) {
      all =
          client
              .recognition()
              .list(RecognitionQuery.builder().authorName("Leslie Davies").mentionedName("Raymond Armstrong").build())
              .toList();
    }
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/api/v2/recognition/?author_name=Leslie%20Davies&mentioned_name=Raymond%20Armstrong&limit=100&offset=0");
    assertThat(all)
        .containsExactly(
            Recognition.builder()
                .apiId("580:r1")
                .questionApiId("580:q1")
                .questionText("Who helped you?")
                .responseApiId("580:s1")
                .responseText("@Raymond fixed the build")
                .authorApiId("a1")
                .authorName("Leslie Davies")
                .authorEmail("leslie@test.com")
                .mentionedApiId("m1")
                .mentionedName("Raymond Armstrong")
                .mentionedEmail("ray@test.com")
                .build());
  }

  @Test
  void recognitionEmailFiltersAreSentUnderTheirNames() throws Exception {
    server.enqueue(json("{\"count\":0,\"next\":null,\"previous\":null,\"results\":[]}"));
    try (PerformClient client = TestServers.client(server)) {
      assertThat(
              client
                  .recognition()
                  .listPageAsync(RecognitionQuery.builder().authorEmail("a+b@test.com").mentionedEmail("c@test.com").build(), 3, 0)
                  .get(5, TimeUnit.SECONDS)
                  .results())
          .isEmpty();
    }
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/api/v2/recognition/?author_email=a%2Bb%40test.com&mentioned_email=c%40test.com&limit=3&offset=0");
  }
}
