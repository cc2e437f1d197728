package io.okrsdk.testing.perform;

import io.okrsdk.perform.model.Conversation;
import io.okrsdk.perform.model.ConversationPlan;
import io.okrsdk.perform.model.ConversationTemplate;
import io.okrsdk.perform.model.PersonProperty;
import io.okrsdk.perform.model.Question;
import io.okrsdk.perform.model.QuestionChoice;
import io.okrsdk.perform.model.QuestionResponse;
import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.perform.model.QuestionType;
import io.okrsdk.perform.model.Recognition;
import io.okrsdk.perform.model.User;
import io.okrsdk.perform.model.UserDepartment;
import io.okrsdk.perform.model.UserManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The users, recognitions, conversations, conversation plans and templates, and questions with
 * their responses a fake Perform &amp; Engage 365 serves, seeded with the help centre's examples plus a few more so that
 * every filter can both match and miss. Thread-safe: lists are copied on write.
 */
public final class PerformDirectory {
  /** The help centre's example user, Adele Vance (active, department IT, managed by Jamie Manager). */
  public static final String EXAMPLE_USER_ID = "c5b6c1bc-98a4-4e3b-ab17-54fa0c48b2a1";

  /** The help centre's example conversation plan, "Engagement survey". */
  public static final String EXAMPLE_PLAN_ID = "580:58f96337-f9c3-4ea0-88ed-7ad612670078";

  /** The help centre's example conversation template, "360 Feedback". */
  public static final String EXAMPLE_TEMPLATE_ID = "580:58fe72fa-3553-4169-8e03-602568927908";

  /** A seeded conversation: Adele Vance's draft 9-Box assessment (the help centre's request example). */
  public static final String EXAMPLE_CONVERSATION_ID = "580:0a1b2c3d-0000-4000-8000-000000000001";

  /**
   * The help centre's example question, a choice question ("How easily do you find communicating
   * with colleagues when remote working?"); its second choice's id and text are cut off in the copy
   * read and completed here. Two responses are seeded for it.
   */
  public static final String EXAMPLE_QUESTION_ID = "580:396cd5f1-d52b-4cfc-bcc6-610e17697a86";

  private final List<Question> questions = new CopyOnWriteArrayList<>();
  private final Map<String, List<QuestionResponse>> responses = new ConcurrentHashMap<>();
  private final List<User> users = new CopyOnWriteArrayList<>();
  private final List<String> inactiveUserIds = new CopyOnWriteArrayList<>();
  private final List<Recognition> recognitions = new CopyOnWriteArrayList<>();
  private final List<Conversation> conversations = new CopyOnWriteArrayList<>();
  private final List<ConversationPlan> plans = new CopyOnWriteArrayList<>();
  private final List<ConversationTemplate> templates = new CopyOnWriteArrayList<>();

  /** A directory holding the seeded examples. */
  public PerformDirectory() {
    UserManager jamie = UserManager.builder().apiId("580:jamie").name("Jamie Manager").email("jamie@test.com").build();
    addUser(
        User.builder()
            .apiId(EXAMPLE_USER_ID)
            .name("Adele Vance")
            .email("adelevance@test.com")
            .addDepartments(UserDepartment.builder().apiId("580:dept-it").name("IT").build())
            .manager(jamie)
            .build(),
        true);
    addUser(
        User.builder()
            .apiId("580:user-raymond")
            .name("Raymond Armstrong")
            .email("ray@test.com")
            .addDepartments(UserDepartment.builder().apiId("580:dept-sales").name("Sales").build())
            .build(),
        true);
    addUser(
        User.builder()
            .apiId("580:user-leslie")
            .name("Leslie Davies")
            .email("leslie@test.com")
            .addDepartments(UserDepartment.builder().apiId("580:dept-it").name("IT").build())
            .manager(jamie)
            .build(),
        false);
    addRecognition(
        Recognition.builder()
            .apiId("580:rec-1")
            .questionApiId("580:396cd5f1-d52b-4cfc-bcc6-610e17697a86")
            .questionText("Who would you like to recognise this week?")
            .responseApiId("580:resp-1")
            .responseText("@Raymond Armstrong closed the quarter early")
            .authorApiId("580:user-leslie")
            .authorName("Leslie Davies")
            .authorEmail("leslie@test.com")
            .mentionedApiId("580:user-raymond")
            .mentionedName("Raymond Armstrong")
            .mentionedEmail("ray@test.com")
            .build());
    addRecognition(
        Recognition.builder()
            .apiId("580:rec-2")
            .responseText("@Adele Vance for the migration")
            .authorName("Raymond Armstrong")
            .authorEmail("ray@test.com")
            .mentionedApiId(EXAMPLE_USER_ID)
            .mentionedName("Adele Vance")
            .mentionedEmail("adelevance@test.com")
            .build());
    addTemplate(
        ConversationTemplate.builder()
            .apiId(EXAMPLE_TEMPLATE_ID)
            .name("360 Feedback")
            .active(false)
            .draft(true)
            .deleted(false)
            .createdDate(OffsetDateTime.parse("2025-04-04T12:19:58.162985+01:00"))
            .updatedDate(OffsetDateTime.parse("2025-04-04T12:19:58.162985+01:00"))
            .build());
    addTemplate(
        ConversationTemplate.builder()
            .apiId("580:55a31458-d71a-4962-841a-048439073239")
            .name("Engagement Survey")
            .active(true)
            .draft(false)
            .deleted(false)
            .build());
    addTemplate(ConversationTemplate.builder().apiId("580:tpl-9box").name("9-Box").active(true).build());
    addPlan(
        ConversationPlan.builder()
            .apiId(EXAMPLE_PLAN_ID)
            .name("Engagement survey")
            .templateName("Engagement Survey")
            .templateApiId("580:55a31458-d71a-4962-841a-048439073239")
            .status("draft")
            .frequency("Every 4 weeks")
            .build());
    addPlan(
        ConversationPlan.builder()
            .apiId("580:plan-9box")
            .name("9-Box Assessment")
            .templateName("9-Box")
            .templateApiId("580:tpl-9box")
            .status("active")
            .build());
    seedQuestions();
    addConversation(conversation(EXAMPLE_CONVERSATION_ID, "Adele Vance", EXAMPLE_USER_ID, "draft", "Self assessment"));
    addConversation(conversation("580:conv-2", "Raymond Armstrong", "580:user-raymond", "final", "Final"));
    addConversation(conversation("580:conv-3", "Adele Vance", EXAMPLE_USER_ID, "archived", "Final"));
  }

  private void seedQuestions() {
    addQuestion(
        Question.builder()
            .apiId(EXAMPLE_QUESTION_ID)
            .text("How easily do you find communicating with colleagues when remote working?")
            .type(OpenEnum.of(QuestionType.CHOICE))
            .addChoices(QuestionChoice.builder().apiId("580:5f48d723-9987-4b04-9d8e-716dfc1ef704").text("Very difficult").build())
            .addChoices(QuestionChoice.builder().apiId("580:8aec8072-b434-4108-8000-000000000002").text("Difficult").build())
            .build());
    addQuestion(
        Question.builder()
            .apiId("580:q-rating")
            .text("How would you rate your week?")
            .type(OpenEnum.of(QuestionType.RATING))
            .build());
    addQuestion(
        Question.builder()
            .apiId("580:q-recognise")
            .text("Who would you like to recognise this week?")
            .type(OpenEnum.of(QuestionType.RECOGNITION))
            .build());
    addResponse(
        EXAMPLE_QUESTION_ID,
        QuestionResponse.builder()
            .apiId("580:resp-q1-1")
            .text("Very difficult")
            .responseDate(OffsetDateTime.parse("2025-04-11T12:06:01.046509+01:00"))
            .personName("Adele Vance")
            .personApiId(EXAMPLE_USER_ID)
            .personEmail("adelevance@test.com")
            .personDepartment("IT")
            .addPersonProperties(PersonProperty.builder().name("Role").value("Engineer").build())
            .build());
    addResponse(
        EXAMPLE_QUESTION_ID,
        QuestionResponse.builder()
            .apiId("580:resp-q1-2")
            .text("Difficult")
            .personName("Raymond Armstrong")
            .personApiId("580:user-raymond")
            .personEmail("ray@test.com")
            .personDepartment("Sales")
            .build());
  }

  private static Conversation conversation(String id, String person, String personId, String status, String stage) {
    return Conversation.builder()
        .apiId(id)
        .templateApiId("580:tpl-9box")
        .templateName("9-Box")
        .planApiId("580:plan-9box")
        .planName("9-Box Assessment")
        .stageName(stage)
        .status(status)
        .personApiId(personId)
        .personName(person)
        .generatedDate(OffsetDateTime.parse("2025-04-01T08:00:00+01:00"))
        .build();
  }

  /**
   * Adds a user at the end of the listing.
   *
   * @param user the user
   * @param active whether {@code is_active=true} matches it
   * @return this directory
   */
  public PerformDirectory addUser(User user, boolean active) {
    users.add(user);
    if (!active) {
      inactiveUserIds.add(user.apiId());
    }
    return this;
  }

  /**
   * Adds a recognition at the end of the listing.
   *
   * @param recognition the recognition
   * @return this directory
   */
  public PerformDirectory addRecognition(Recognition recognition) {
    recognitions.add(recognition);
    return this;
  }

  /**
   * Adds a conversation at the end of the listing.
   *
   * @param conversation the conversation
   * @return this directory
   */
  public PerformDirectory addConversation(Conversation conversation) {
    conversations.add(conversation);
    return this;
  }

  /**
   * Adds a conversation plan at the end of the listing.
   *
   * @param plan the plan
   * @return this directory
   */
  public PerformDirectory addPlan(ConversationPlan plan) {
    plans.add(plan);
    return this;
  }

  /**
   * Adds a conversation template at the end of the listing.
   *
   * @param template the template
   * @return this directory
   */
  public PerformDirectory addTemplate(ConversationTemplate template) {
    templates.add(template);
    return this;
  }

  /**
   * Adds a question at the end of the listing.
   *
   * @param question the question
   * @return this directory
   */
  public PerformDirectory addQuestion(Question question) {
    questions.add(question);
    return this;
  }

  /**
   * Adds a response to a question, at the end of the question's responses.
   *
   * @param questionApiId the question's id
   * @param response the response
   * @return this directory
   * @throws IllegalArgumentException when no question has that id
   */
  public PerformDirectory addResponse(String questionApiId, QuestionResponse response) {
    if (question(questionApiId).isEmpty()) {
      throw new IllegalArgumentException("no question " + questionApiId);
    }
    responses.computeIfAbsent(questionApiId, id -> new CopyOnWriteArrayList<>()).add(response);
    return this;
  }

  List<Question> questions() {
    return List.copyOf(questions);
  }

  Optional<Question> question(String id) {
    return questions.stream().filter(q -> q.apiId().equals(id)).findFirst();
  }

  List<QuestionResponse> responses(String questionId) {
    return List.copyOf(responses.getOrDefault(questionId, List.of()));
  }

  List<User> users() {
    return List.copyOf(users);
  }

  boolean isActive(User user) {
    return !inactiveUserIds.contains(user.apiId());
  }

  List<Recognition> recognitions() {
    return List.copyOf(recognitions);
  }

  List<Conversation> conversations() {
    return List.copyOf(conversations);
  }

  List<ConversationPlan> plans() {
    return List.copyOf(plans);
  }

  List<ConversationTemplate> templates() {
    return List.copyOf(templates);
  }

  Optional<Conversation> conversation(String id) {
    return conversations.stream().filter(c -> c.apiId().equals(id)).findFirst();
  }

  Optional<ConversationPlan> plan(String id) {
    return plans.stream().filter(p -> p.apiId().equals(id)).findFirst();
  }

  Optional<ConversationTemplate> template(String id) {
    return templates.stream().filter(t -> t.apiId().equals(id)).findFirst();
  }

  @Override
  public String toString() {
    return "PerformDirectory{users=" + users.size() + ", recognitions=" + recognitions.size()
        + ", conversations=" + conversations.size() + ", plans=" + plans.size() + ", templates=" + templates.size()
        + ", questions=" + questions.size() + "}";
  }
}
