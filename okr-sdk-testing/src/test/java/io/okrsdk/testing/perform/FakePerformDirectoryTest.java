package io.okrsdk.testing.perform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.NotFoundException;
import io.okrsdk.core.OkrApiException;
import io.okrsdk.core.UnauthorizedException;
import io.okrsdk.perform.query.ConversationPlanQuery;
import io.okrsdk.perform.query.ConversationQuery;
import io.okrsdk.perform.query.ConversationTemplateQuery;
import io.okrsdk.perform.PerformClient;
import io.okrsdk.perform.query.RecognitionQuery;
import io.okrsdk.perform.query.UserQuery;
import io.okrsdk.perform.model.Conversation;
import io.okrsdk.perform.model.ConversationPage;
import io.okrsdk.perform.model.ConversationPlan;
import io.okrsdk.perform.model.ConversationTemplate;
import io.okrsdk.perform.model.Recognition;
import io.okrsdk.perform.model.User;
import io.okrsdk.testing.FakePerformServer;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real PerformClient against the fake's users, recognition, conversations, plans and templates. */
@Timeout(20)
class FakePerformDirectoryTest {
  @RegisterExtension final FakePerformServer perform = new FakePerformServer();

  @Test
  void usersAreSeededAndEachFilterMatchesAndMisses() {
    PerformClient client = perform.newClient();
    assertThat(client.users().list().toList()).extracting(User::apiId)
        .containsExactly(PerformDirectory.EXAMPLE_USER_ID, "580:user-raymond", "580:user-leslie");
    assertThat(client.users().list(UserQuery.builder().name("adele").build()).toList())
        .extracting(User::apiId).containsExactly(PerformDirectory.EXAMPLE_USER_ID);
    assertThat(client.users().list(UserQuery.builder().departmentName("it").build()).toList())
        .extracting(User::apiId).containsExactly(PerformDirectory.EXAMPLE_USER_ID, "580:user-leslie");
    assertThat(client.users().list(UserQuery.builder().managerName("JAMIE").isActive(true).build()).toList())
        .extracting(User::apiId).containsExactly(PerformDirectory.EXAMPLE_USER_ID);
    assertThat(client.users().list(UserQuery.builder().isActive(false).build()).toList())
        .extracting(User::apiId).containsExactly("580:user-leslie");
    assertThat(client.users().list(UserQuery.builder().name("nobody").build()).toList()).isEmpty();
    User adele = client.users().list(UserQuery.builder().name("Adele Vance").build()).toList().get(0);
    assertThat(adele.departments().get(0).name()).contains("IT");
    assertThat(adele.manager().flatMap(m -> m.email())).contains("jamie@test.com");
  }

  @Test
  void usersPageByLimitAndOffsetAcrossNextLinks() {
    PerformClient client = perform.newClient();
    assertThat(client.users().list(UserQuery.all(), 1).toList()).hasSize(3);
    assertThat(client.users().listPage(UserQuery.all(), 2, 2).results()).extracting(User::apiId)
        .containsExactly("580:user-leslie");
    assertThat(client.users().listPage(UserQuery.all(), 2, 0).next()).isPresent();
  }

  @Test
  void addedUsersAreServedAfterTheSeeds() {
    perform.directory().addUser(User.builder().apiId("580:new").name("New Hire").build(), true);
    assertThat(perform.newClient().users().list(UserQuery.builder().name("new hire").build()).toList())
        .extracting(User::apiId).containsExactly("580:new");
  }

  @Test
  void recognitionFiltersMatchExactly() {
    PerformClient client = perform.newClient();
    assertThat(client.recognition().list().toList()).hasSize(2);
    assertThat(
            client.recognition()
                .list(RecognitionQuery.builder().authorName("Leslie Davies").mentionedName("Raymond Armstrong").build())
                .toList())
        .extracting(Recognition::apiId).containsExactly("580:rec-1");
    assertThat(client.recognition().list(RecognitionQuery.builder().mentionedEmail("adelevance@test.com").build()).toList())
        .extracting(Recognition::apiId).containsExactly("580:rec-2");
    assertThat(client.recognition().list(RecognitionQuery.builder().authorEmail("ray@test.com").build()).toList())
        .extracting(Recognition::apiId).containsExactly("580:rec-2");
    assertThat(client.recognition().list(RecognitionQuery.builder().authorName("leslie davies").build()).toList())
        .isEmpty();
  }

  @Test
  void conversationsFilterByPersonPlanTemplateAndStatusAndOneIsReadById() throws Exception {
    PerformClient client = perform.newClient();
    assertThat(client.conversations().list().toList()).hasSize(3);
    assertThat(
            client.conversations()
                .list(ConversationQuery.builder().personName("Adele Vance").planName("9-Box Assessment")
                    .templateName("9-Box").status("draft").build())
                .toList())
        .extracting(Conversation::apiId).containsExactly(PerformDirectory.EXAMPLE_CONVERSATION_ID);
    assertThat(client.conversations().list(ConversationQuery.builder().status("final").build()).toList())
        .extracting(Conversation::apiId).containsExactly("580:conv-2");
    assertThat(client.conversations().list(ConversationQuery.builder().planName("Other").build()).toList()).isEmpty();
    ConversationPage page = client.conversations().listPageAsync(ConversationQuery.all(), 2, 0).get(5, TimeUnit.SECONDS);
    assertThat(page.count()).isEqualTo(3);
    assertThat(page.results()).hasSize(2);
    Conversation one = client.conversations().get(PerformDirectory.EXAMPLE_CONVERSATION_ID);
    assertThat(one.personName()).contains("Adele Vance");
    assertThat(one.generatedDate()).contains(OffsetDateTime.parse("2025-04-01T08:00:00+01:00"));
    assertThatThrownBy(() -> client.conversations().get("580:missing")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void anUndocumentedConversationStatusIsA400() {
    assertThatThrownBy(() -> perform.newClient().conversations().list(ConversationQuery.builder().status("open").build()).toList())
        .isInstanceOfSatisfying(OkrApiException.class, e -> assertThat(e.statusCode()).isEqualTo(400));
  }

  @Test
  void plansAndTemplatesFilterAndAreReadOneByOne() {
    PerformClient client = perform.newClient();
    assertThat(
            client.conversationPlans()
                .list(ConversationPlanQuery.builder().name("Engagement survey").templateName("Engagement Survey").build())
                .toList())
        .extracting(ConversationPlan::apiId).containsExactly(PerformDirectory.EXAMPLE_PLAN_ID);
    assertThat(client.conversationPlans().list(ConversationPlanQuery.builder().templateName("9-Box").build()).toList())
        .extracting(ConversationPlan::apiId).containsExactly("580:plan-9box");
    assertThat(client.conversationPlans().get(PerformDirectory.EXAMPLE_PLAN_ID).frequency()).contains("Every 4 weeks");
    assertThatThrownBy(() -> client.conversationPlans().get("580:nope")).isInstanceOf(NotFoundException.class);

    assertThat(client.conversationTemplates().list(ConversationTemplateQuery.builder().name("360 Feedback").build()).toList())
        .extracting(ConversationTemplate::apiId).containsExactly(PerformDirectory.EXAMPLE_TEMPLATE_ID);
    assertThat(client.conversationTemplates().list(ConversationTemplateQuery.builder().nameContains("SURVEY").build()).toList())
        .extracting(ConversationTemplate::name).containsExactly(java.util.Optional.of("Engagement Survey"));
    assertThat(client.conversationTemplates().list(ConversationTemplateQuery.builder().name("360 feedback").build()).toList())
        .isEmpty();
    ConversationTemplate template = client.conversationTemplates().get(PerformDirectory.EXAMPLE_TEMPLATE_ID);
    assertThat(template.draft()).contains(true);
    assertThat(template.createdDate()).contains(OffsetDateTime.parse("2025-04-04T12:19:58.162985+01:00"));
    assertThatThrownBy(() -> client.conversationTemplates().get("580:nope")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void theNewEndpointsNeedCredentials() {
    try (PerformClient stranger =
        PerformClient.builder().baseUrl(perform.baseUrl()).credentials("someone", "wrong").maxRetries(0).build()) {
      assertThatThrownBy(() -> stranger.users().list().toList()).isInstanceOf(UnauthorizedException.class);
      assertThatThrownBy(() -> stranger.conversationPlans().get(PerformDirectory.EXAMPLE_PLAN_ID))
          .isInstanceOf(UnauthorizedException.class);
    }
  }
}
