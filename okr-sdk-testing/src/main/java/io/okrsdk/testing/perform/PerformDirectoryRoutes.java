package io.okrsdk.testing.perform;

import com.squareup.moshi.JsonWriter;
import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.perform.model.Conversation;
import io.okrsdk.perform.model.ConversationPlan;
import io.okrsdk.perform.model.ConversationTemplate;
import io.okrsdk.perform.model.Question;
import io.okrsdk.perform.model.QuestionChoice;
import io.okrsdk.perform.model.QuestionResponse;
import io.okrsdk.perform.model.Recognition;
import io.okrsdk.perform.model.User;
import io.okrsdk.perform.model.UserDepartment;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import mockwebserver3.MockResponse;
import okhttp3.HttpUrl;

/**
 * The help centre's further read endpoints, answered from a {@link PerformDirectory}: {@code
 * users/}, {@code recognition/}, {@code conversations/}, {@code conversation_plans/} and {@code
 * conversation_templates/} and {@code questions/} under {@code /api/v2/}, with the documented
 * filters and the same envelope and {@code limit}/{@code offset} paging as goals; one conversation,
 * plan, template or question by id (404 when unknown); the responses to one question under {@code
 * questions/{api_id}/responses/} (404 for an unknown question). {@code users/} and {@code recognition/} have no documented single read and
 * answer 404 for one.
 *
 * <p>Filters: {@code users/} matches {@code name}, {@code department_name} and {@code
 * manager_name} as case-insensitive substrings (as documented) and {@code is_active} as a boolean
 * (400 for another value); {@code conversation_templates/} matches {@code name} exactly and {@code
 * name_icontains} as a case-insensitive substring; every other filter matches exactly; a {@code
 * status} outside the documented four is a 400, as a choice filter answers. Authentication, method
 * and trailing-slash handling stay in {@link PerformRoutes}.
 */
public final class PerformDirectoryRoutes {
  /** The collections answered here. */
  public static final Set<String> COLLECTIONS =
      Set.of("users", "recognition", "conversations", "conversation_plans", "conversation_templates", "questions");

  /** The sub-collection of one question: {@code questions/{api_id}/responses/}. */
  public static final String RESPONSES = "responses";

  private static final Set<String> CONVERSATION_STATUSES = Set.of("draft", "final", "deleted", "archived");

  private final PerformDirectory directory;

  /**
   * Routes over a directory.
   *
   * @param directory the state to serve
   */
  public PerformDirectoryRoutes(PerformDirectory directory) {
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  /**
   * The answer to an authenticated {@code GET} of one of {@link #COLLECTIONS}.
   *
   * @param collection the collection's path segment
   * @param id the item's id, or {@code null} for the listing
   * @param self the request's URL as clients see it
   * @return the response
   */
  public MockResponse answer(String collection, String id, HttpUrl self) {
    if (id != null) {
      Optional<String> body;
      switch (collection) {
        case "conversations":
          body = directory.conversation(id).map(c -> PerformWire.write(w -> conversation(w, c)));
          break;
        case "conversation_plans":
          body = directory.plan(id).map(p -> PerformWire.write(w -> plan(w, p)));
          break;
        case "conversation_templates":
          body = directory.template(id).map(t -> PerformWire.write(w -> template(w, t)));
          break;
        case "questions":
          body = directory.question(id).map(q -> PerformWire.write(w -> question(w, q)));
          break;
        default:
          body = Optional.empty();
      }
      return body.map(json -> json(200, json)).orElseGet(() -> json(404, PerformWire.detail("Not found.")));
    }
    switch (collection) {
      case "users":
        return users(self);
      case "recognition":
        return page(self, directory.recognitions(), recognitionFilter(self), PerformDirectoryRoutes::recognition);
      case "conversations":
        String status = self.queryParameter("status");
        if (status != null && !CONVERSATION_STATUSES.contains(status)) {
          return json(400, PerformWire.fieldErrors(Map.of("status", List.of(
              "Select a valid choice. " + status + " is not one of the available choices."))));
        }
        return page(self, directory.conversations(), conversationFilter(self), PerformDirectoryRoutes::conversation);
      case "questions":
        return page(self, directory.questions(), q -> true, PerformDirectoryRoutes::question);
      case "conversation_plans":
        return page(
            self,
            directory.plans(),
            exact(self, "name", ConversationPlan::name).and(exact(self, "template_name", ConversationPlan::templateName)),
            PerformDirectoryRoutes::plan);
      default:
        String contains = self.queryParameter("name_icontains");
        return page(
            self,
            directory.templates(),
            exact(self, "name", ConversationTemplate::name)
                .and(t -> contains == null || containsIgnoringCase(t.name(), contains)),
            PerformDirectoryRoutes::template);
    }
  }

  /**
   * The answer to an authenticated {@code GET} of {@code questions/{api_id}/responses/}.
   *
   * @param questionId the question's id, decoded
   * @param self the request's URL as clients see it
   * @return the page of responses, or 404 for an unknown question
   */
  public MockResponse answerResponses(String questionId, HttpUrl self) {
    if (directory.question(questionId).isEmpty()) {
      return json(404, PerformWire.detail("Not found."));
    }
    return page(self, directory.responses(questionId), r -> true, PerformDirectoryRoutes::response);
  }

  private static void question(JsonWriter w, Question q) throws IOException {
    w.beginObject();
    w.name("api_id").value(q.apiId());
    w.name("text").value(q.text().orElse(null));
    w.name("type").value(q.type().map(OpenEnum::value).orElse(null));
    w.name("choices").beginArray();
    for (QuestionChoice choice : q.choices()) {
      w.beginObject();
      w.name("api_id").value(choice.apiId().orElse(null));
      w.name("text").value(choice.text().orElse(null));
      w.endObject();
    }
    w.endArray();
    w.endObject();
  }

  private static void response(JsonWriter w, QuestionResponse r) throws IOException {
    w.beginObject();
    PerformWire.writeEmployeeResponse(w, r);
    w.name("text").value(r.text().orElse(null));
    w.endObject();
  }

  private MockResponse users(HttpUrl self) {
    String active = self.queryParameter("is_active");
    if (active != null && !active.equals("true") && !active.equals("false")) {
      return json(400, PerformWire.fieldErrors(Map.of("is_active", List.of("Enter a valid boolean."))));
    }
    String name = self.queryParameter("name");
    String department = self.queryParameter("department_name");
    String manager = self.queryParameter("manager_name");
    Predicate<User> filter =
        user -> (name == null || containsIgnoringCase(user.name(), name))
            && (department == null
                || user.departments().stream().anyMatch(d -> containsIgnoringCase(d.name(), department)))
            && (manager == null || containsIgnoringCase(user.manager().flatMap(m -> m.name()), manager))
            && (active == null || directory.isActive(user) == Boolean.parseBoolean(active));
    return page(self, directory.users(), filter, PerformDirectoryRoutes::user);
  }

  private static Predicate<Recognition> recognitionFilter(HttpUrl self) {
    return exact(self, "author_email", Recognition::authorEmail)
        .and(exact(self, "author_name", Recognition::authorName))
        .and(exact(self, "mentioned_email", Recognition::mentionedEmail))
        .and(exact(self, "mentioned_name", Recognition::mentionedName));
  }

  private static Predicate<Conversation> conversationFilter(HttpUrl self) {
    return exact(self, "person_name", Conversation::personName)
        .and(exact(self, "plan_name", Conversation::planName))
        .and(exact(self, "template_name", Conversation::templateName))
        .and(exact(self, "status", Conversation::status));
  }

  private static <T> Predicate<T> exact(HttpUrl self, String parameter, java.util.function.Function<T, Optional<String>> field) {
    String wanted = self.queryParameter(parameter);
    return item -> wanted == null || field.apply(item).map(wanted::equals).orElse(false);
  }

  private static boolean containsIgnoringCase(Optional<String> value, String part) {
    return value.map(v -> v.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT))).orElse(false);
  }

  private static <T> MockResponse page(HttpUrl self, List<T> all, Predicate<T> filter, PerformWire.Item<T> item) {
    List<T> matching = new ArrayList<>();
    for (T candidate : all) {
      if (filter.test(candidate)) {
        matching.add(candidate);
      }
    }
    PageWindow window = PageWindow.of(self);
    HttpUrl next = window.next(self, matching.size());
    HttpUrl previous = window.previous(self);
    List<T> page = window.slice(matching);
    return json(200, PerformWire.page(matching.size(), next, previous, page, item));
  }

  private static void user(JsonWriter w, User user) throws IOException {
    w.beginObject();
    w.name("api_id").value(user.apiId());
    w.name("name").value(user.name().orElse(null));
    w.name("email").value(user.email().orElse(null));
    w.name("departments").beginArray();
    for (UserDepartment department : user.departments()) {
      w.beginObject();
      w.name("api_id").value(department.apiId().orElse(null));
      w.name("name").value(department.name().orElse(null));
      w.endObject();
    }
    w.endArray();
    w.name("manager");
    if (user.manager().isPresent()) {
      w.beginObject();
      w.name("name").value(user.manager().get().name().orElse(null));
      w.name("email").value(user.manager().get().email().orElse(null));
      w.name("api_id").value(user.manager().get().apiId().orElse(null));
      w.endObject();
    } else {
      w.nullValue();
    }
    w.endObject();
  }

  private static void recognition(JsonWriter w, Recognition r) throws IOException {
    w.beginObject();
    w.name("api_id").value(r.apiId());
    w.name("question_api_id").value(r.questionApiId().orElse(null));
    w.name("question_text").value(r.questionText().orElse(null));
    w.name("response_api_id").value(r.responseApiId().orElse(null));
    w.name("response_text").value(r.responseText().orElse(null));
    w.name("author_api_id").value(r.authorApiId().orElse(null));
    w.name("author_name").value(r.authorName().orElse(null));
    w.name("author_email").value(r.authorEmail().orElse(null));
    w.name("mentioned_api_id").value(r.mentionedApiId().orElse(null));
    w.name("mentioned_name").value(r.mentionedName().orElse(null));
    w.name("mentioned_email").value(r.mentionedEmail().orElse(null));
    w.endObject();
  }

  private static void conversation(JsonWriter w, Conversation c) throws IOException {
    w.beginObject();
    w.name("api_id").value(c.apiId());
    w.name("template_api_id").value(c.templateApiId().orElse(null));
    w.name("template_name").value(c.templateName().orElse(null));
    w.name("plan_name").value(c.planName().orElse(null));
    w.name("plan_api_id").value(c.planApiId().orElse(null));
    w.name("stage_name").value(c.stageName().orElse(null));
    w.name("stage_api_id").value(c.stageApiId().orElse(null));
    w.name("status").value(c.status().orElse(null));
    w.name("updated_date").value(PerformWire.time(c.updatedDate()));
    w.name("completed_date").value(PerformWire.time(c.completedDate()));
    w.name("generated_date").value(PerformWire.time(c.generatedDate()));
    w.name("person_api_id").value(c.personApiId().orElse(null));
    w.name("person_name").value(c.personName().orElse(null));
    w.endObject();
  }

  private static void plan(JsonWriter w, ConversationPlan p) throws IOException {
    w.beginObject();
    w.name("name").value(p.name().orElse(null));
    w.name("api_id").value(p.apiId());
    w.name("template_name").value(p.templateName().orElse(null));
    w.name("template_api_id").value(p.templateApiId().orElse(null));
    w.name("status").value(p.status().orElse(null));
    w.name("frequency").value(p.frequency().orElse(null));
    w.endObject();
  }

  private static void template(JsonWriter w, ConversationTemplate t) throws IOException {
    w.beginObject();
    w.name("api_id").value(t.apiId());
    w.name("name").value(t.name().orElse(null));
    w.name("active").value(t.active().orElse(null));
    w.name("draft").value(t.draft().orElse(null));
    w.name("deleted").value(t.deleted().orElse(null));
    w.name("created_date").value(PerformWire.time(t.createdDate()));
    w.name("updated_date").value(PerformWire.time(t.updatedDate()));
    w.endObject();
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
  }

  @Override
  public String toString() {
    return "PerformDirectoryRoutes{" + directory + "}";
  }
}
