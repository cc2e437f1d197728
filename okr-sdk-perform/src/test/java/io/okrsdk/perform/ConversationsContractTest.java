package io.okrsdk.perform;

import io.okrsdk.perform.query.ConversationTemplateQuery;
import io.okrsdk.perform.query.ConversationPlanQuery;
import static io.okrsdk.perform.TestServers.BASIC_AUTH;
import static io.okrsdk.perform.TestServers.json;
import static io.okrsdk.perform.TestServers.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.NotFoundException;
import io.okrsdk.core.testsupport.Fixtures;
import io.okrsdk.perform.model.ConversationPlan;
import io.okrsdk.perform.model.ConversationPlanPage;
import io.okrsdk.perform.model.ConversationTemplate;
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
 * {@code GET api/v2/conversation_plans/} and {@code GET api/v2/conversation_templates/} (with one of
 * each) against the vendor help centre's examples.
 */
@Timeout(10)
class ConversationsContractTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private static final ConversationPlan DOCS_PLAN =
      ConversationPlan.builder()
          .apiId("580:58f96337-f9c3-4ea0-88ed-7ad612670078")
          .name("Engagement survey")
          .templateName("Engagement Survey")
          .templateApiId("580:55a31458-d71a-4962-841a-048439073239")
          .status("draft")
          .frequency("Every 4 weeks")
          .build();

  @Test
  void planListSendsTheDocsExampleQueryAndDecodesTheDocsExample() throws Exception {
    server.enqueue(json(Fixtures.read("perform/conversation-plans.json")));
    List<ConversationPlan> plans;
    try (PerformClient client = TestServers.client(server)) {
      plans =
          client
              .conversationPlans()
              .list(ConversationPlanQuery.builder().name("Engagement survey").templateName("Engagement Survey").build())
              .toList();
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget())
        .isEqualTo(
            "/api/v2/conversation_plans/?name=Engagement%20survey&template_name=Engagement%20Survey"
                + "&limit=100&offset=0");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo(BASIC_AUTH);
    assertThat(plans).containsExactly(DOCS_PLAN);
  }

  @Test
  void planPageWithoutFiltersSendsOnlyTheWindow() throws Exception {
    server.enqueue(json(Fixtures.read("perform/conversation-plans.json")));
    ConversationPlanPage page;
    try (PerformClient client = TestServers.client(server)) {
      page = client.conversationPlans().listPageAsync(ConversationPlanQuery.all(), 5, 10).get(5, TimeUnit.SECONDS);
    }
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/conversation_plans/?limit=5&offset=10");
    assertThat(page.count()).isEqualTo(1);
    assertThat(page.next()).isEmpty();
    assertThat(page.results()).containsExactly(DOCS_PLAN);
  }

  @Test
  void onePlanByIdEncodesTheColonAndMissingPlanIsNotFound() throws Exception {
    String planJson = "{\"api_id\":\"580:58f96337-f9c3-4ea0-88ed-7ad612670078\",\"name\":\"Engagement survey\","
        + "\"template_name\":\"Engagement Survey\",\"template_api_id\":\"580:55a31458-d71a-4962-841a-048439073239\","
        + "\"status\":\"draft\",\"frequency\":\"Every 4 weeks\",\"participants\":[{\"name\":\"x\"}]}";
    server.enqueue(json(planJson));
    server.enqueue(status(404, "{\"detail\":\"Not found.\"}"));
    try (PerformClient client = TestServers.client(server)) {
      assertThat(client.conversationPlans().get(DOCS_PLAN.apiId())).isEqualTo(DOCS_PLAN);
      assertThatThrownBy(() -> client.conversationPlans().getAsync("580:nope").join())
          .hasCauseInstanceOf(NotFoundException.class);
    }
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/api/v2/conversation_plans/580%3A58f96337-f9c3-4ea0-88ed-7ad612670078/");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/conversation_plans/580%3Anope/");
  }

  @Test
  void templateListSendsBothFiltersAndDecodesTheDocsFieldsIgnoringUnknownOnes() throws Exception {
    server.enqueue(json(Fixtures.read("perform/conversation-templates.json")));
    List<ConversationTemplate> templates;
    try (PerformClient client = TestServers.client(server)) {
      templates =
          client
              .conversationTemplates()
              .listPageAsync(ConversationTemplateQuery.builder().name("360 Feedback").nameContains("feed & back").build(), 20, 0)
              .get(5, TimeUnit.SECONDS)
              .results();
    }
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/api/v2/conversation_templates/?name=360%20Feedback&name_icontains=feed%20%26%20back&limit=20&offset=0");
    assertThat(templates).hasSize(1);
    ConversationTemplate template = templates.get(0);
    assertThat(template.apiId()).isEqualTo("580:58fe72fa-3553-4169-8e03-602568927908");
    assertThat(template.name()).contains("360 Feedback");
    assertThat(template.active()).contains(false);
    assertThat(template.draft()).contains(true);
    assertThat(template.deleted()).contains(false);
    assertThat(template.createdDate())
        .contains(OffsetDateTime.of(2025, 4, 4, 12, 19, 58, 162_985_000, ZoneOffset.ofHours(1)));
    assertThat(template.updatedDate())
        .contains(OffsetDateTime.of(2025, 4, 7, 9, 2, 11, 4_512_000, ZoneOffset.ofHours(1)));
  }

  @Test
  void templateWithOnlyAnIdDecodes() throws Exception {
    server.enqueue(json("{\"api_id\":\"580:t\",\"name\":null}"));
    try (PerformClient client = TestServers.client(server)) {
      ConversationTemplate template = client.conversationTemplates().get("580:t");
      assertThat(template.name()).isEmpty();
      assertThat(template.createdDate()).isEmpty();
    }
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/conversation_templates/580%3At/");
  }

  @Test
  void blankFiltersAndBadWindowsAreRefusedBeforeAnyRequest() {
    assertThatThrownBy(() -> ConversationPlanQuery.builder().name(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    try (PerformClient client = TestServers.client(server)) {
      assertThatThrownBy(() -> client.conversationTemplates().listPage(ConversationTemplateQuery.all(), 0, 0))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> client.conversationPlans().get(" ")).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
