package io.okrsdk.testing.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.gtmhub.model.GoalConfidence;
import io.okrsdk.gtmhub.model.GoalPatch;
import io.okrsdk.gtmhub.model.GoalRequest;
import io.okrsdk.gtmhub.query.Fields;
import io.okrsdk.gtmhub.query.Formatting;
import io.okrsdk.jira.query.KeyResultExpand;
import io.okrsdk.jira.query.ObjectiveExpand;
import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.jira.query.UpdateCommentQuery;
import io.okrsdk.jira.query.UpdateHistoryQuery;
import io.okrsdk.perform.PerformClient;
import io.okrsdk.testing.NoDelayServerSocketFactory;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every platform method that puts an id into a URL path (Perform goals and check-ins, every
 * Gtmhub goal endpoint) or into a query (Jira's comma lists of ids, entity and update ids), sync
 * and async, with ids holding {@code /}, {@code ..}, {@code ?}, {@code #}, {@code %}, {@code :},
 * CR/LF and more: each id is either refused before anything is sent, or arrives as exactly the
 * value given, in the place a plain id takes, so the request's path and its set of query
 * parameters are those of a plain id. (OGSM takes ids only in request bodies.)
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileIdsTest {
  private static final String PLAIN = "plain-id-1";
  private static final List<String> HOSTILE = List.of(
      "a/b", "/", "//evil.example/x", "http://evil.example/", "..", ".", "../admin", "a/../../admin", "..%2F..",
      "?x=1", "a?limit=1000&skip=0", "#frag", "a#b", "%", "100%", "%2F", "%2e%2e", "%00", "a:b", "580:fef0",
      "a b", "a+b", "a&b=c", "a;b", "a,b", "\\..\\x", "\u00fc\u00df", "a\r\nX-Injected: 1", "", " ");

  private final MockWebServer server = new MockWebServer();

  /** One method that takes an id: how to build its client and how to call it. */
  static final class IdMethod {
    final String name;
    final Function<String, AutoCloseable> client;
    final BiConsumer<Object, String> call;

    IdMethod(String name, Function<String, AutoCloseable> client, BiConsumer<Object, String> call) {
      this.name = name;
      this.client = client;
      this.call = call;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static AutoCloseable perform(String baseUrl) {
    return PerformClient.builder().baseUrl(baseUrl).credentials("user", "key").maxRetries(0).build();
  }

  private static AutoCloseable gtmhub(String baseUrl) {
    return GtmhubClient.builder().baseUrl(baseUrl).credentials("token", "account").maxRetries(0).build();
  }

  private static AutoCloseable jira(String baseUrl) {
    return OkrForJiraClient.builder().baseUrl(baseUrl).apiToken("token").maxRetries(0).build();
  }

  private static IdMethod perform(String name, BiConsumer<PerformClient, String> call) {
    return new IdMethod("perform " + name, HostileIdsTest::perform, (c, id) -> call.accept((PerformClient) c, id));
  }

  private static IdMethod gtmhub(String name, BiConsumer<GtmhubClient, String> call) {
    return new IdMethod("gtmhub " + name, HostileIdsTest::gtmhub, (c, id) -> call.accept((GtmhubClient) c, id));
  }

  private static IdMethod jira(String name, BiConsumer<OkrForJiraClient, String> call) {
    return new IdMethod("jira " + name, HostileIdsTest::jira, (c, id) -> call.accept((OkrForJiraClient) c, id));
  }

  static Stream<IdMethod> methods() {
    GoalPatch patch = GoalPatch.builder().name("n").build();
    GoalRequest request = GoalRequest.builder().name("n").sessionId("s").build();
    GoalConfidence confidence = GoalConfidence.builder().value(0.5).build();
    List<String> reviewers = List.of("r1");
    return Stream.of(
        perform("goals().get", (c, id) -> c.goals().get(id)),
        perform("goals().getAsync", (c, id) -> c.goals().getAsync(id).join()),
        perform("checkins().get", (c, id) -> c.checkins().get(id)),
        perform("checkins().getAsync", (c, id) -> c.checkins().getAsync(id).join()),
        gtmhub("get", (c, id) -> c.goals().get(id)),
        gtmhub("get with fields", (c, id) -> c.goals().get(id, Fields.of("name"), Formatting.PLAIN_TEXT)),
        gtmhub("getAsync", (c, id) -> c.goals().getAsync(id).join()),
        gtmhub("workflowActions", (c, id) -> c.goals().workflowActions(id)),
        gtmhub("workflowActionsAsync", (c, id) -> c.goals().workflowActionsAsync(id).join()),
        gtmhub("listByMetricOwner", (c, id) -> c.goals().listByMetricOwner(id)),
        gtmhub("listByMetricOwnerAsync", (c, id) -> c.goals().listByMetricOwnerAsync(id).join()),
        gtmhub("approve", (c, id) -> c.goals().approve(id, "ok")),
        gtmhub("approveAsync", (c, id) -> c.goals().approveAsync(id, "ok").join()),
        gtmhub("decline", (c, id) -> c.goals().decline(id, "no")),
        gtmhub("declineAsync", (c, id) -> c.goals().declineAsync(id, "no").join()),
        gtmhub("requestReview", (c, id) -> c.goals().requestReview(id, reviewers)),
        gtmhub("requestReviewAsync", (c, id) -> c.goals().requestReviewAsync(id, reviewers).join()),
        gtmhub("withdraw", (c, id) -> c.goals().withdraw(id)),
        gtmhub("withdrawAsync", (c, id) -> c.goals().withdrawAsync(id).join()),
        gtmhub("update (PATCH)", (c, id) -> c.goals().update(id, patch)),
        gtmhub("updateAsync (PATCH)", (c, id) -> c.goals().updateAsync(id, patch).join()),
        gtmhub("replace (PUT)", (c, id) -> c.goals().replace(id, request)),
        gtmhub("replaceAsync (PUT)", (c, id) -> c.goals().replaceAsync(id, request).join()),
        gtmhub("updateConfidence", (c, id) -> c.goals().updateConfidence(id, confidence)),
        gtmhub("updateConfidenceAsync", (c, id) -> c.goals().updateConfidenceAsync(id, confidence).join()),
        gtmhub("delete", (c, id) -> c.goals().delete(id)),
        gtmhub("deleteAsync", (c, id) -> c.goals().deleteAsync(id).join()),
        jira("objectivesByIds", (c, id) -> c.okrs().objectivesByIds(List.of(id, "second"), ObjectiveExpand.all())),
        jira("objectivesByIdsAsync", (c, id) -> c.okrs().objectivesByIdsAsync(List.of(id, "second"), ObjectiveExpand.all()).join()),
        jira("keyResultsByIds", (c, id) -> c.okrs().keyResultsByIds(List.of(id, "second"), KeyResultExpand.all())),
        jira("keyResultsByIdsAsync", (c, id) -> c.okrs().keyResultsByIdsAsync(List.of(id, "second"), KeyResultExpand.all()).join()),
        jira("history of an entity", (c, id) -> c.updates().historyPage(UpdateHistoryQuery.forEntity(id), null)),
        jira("comments of updates", (c, id) -> c.updates().commentsPage(UpdateCommentQuery.forUpdates(id, "second"), null)));
  }

  @BeforeEach
  void start() throws Exception {
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse.Builder().code(404).addHeader("Content-Type", "application/json").body("{\"error\":\"no\"}").build();
          }
        });
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methods")
  void anIdIsRefusedOrSentAsExactlyThatValueInItsPlace(IdMethod method) throws Exception {
    try (AutoCloseable client = method.client.apply(server.url("/api-root/").toString())) {
      HttpUrl plain = send(method, client, PLAIN).url;
      assertThat(plain).as("a plain id is sent").isNotNull();
      assertThat(plain.toString()).contains(PLAIN);

      List<String> refused = new ArrayList<>();
      for (String id : HOSTILE) {
        Sent sent = send(method, client, id);
        if (sent.url == null) {
          assertThat(sent.failure).as("%s with %s: nothing sent, so it must be refused", method, id)
              .isInstanceOf(IllegalArgumentException.class);
          refused.add(id);
          continue;
        }
        assertThat(sent.url.pathSegments()).as("%s with id %s", method, id).isEqualTo(replace(plain.pathSegments(), id));
        assertThat(sent.url.queryParameterNames()).as("%s with id %s", method, id).isEqualTo(plain.queryParameterNames());
        for (String name : plain.queryParameterNames()) {
          assertThat(sent.url.queryParameterValues(name)).as("%s with id %s, query %s", method, id, name)
              .isEqualTo(replace(plain.queryParameterValues(name), id));
        }
      }
      assertThat(refused).as("%s: blank ids are refused", method).contains("", " ");
    }
  }

  private static List<String> replace(List<String> values, String id) {
    return values.stream().map(value -> value == null ? null : value.replace(PLAIN, id)).collect(Collectors.toList());
  }

  private static final class Sent {
    final HttpUrl url;
    final Throwable failure;

    Sent(HttpUrl url, Throwable failure) {
      this.url = url;
      this.failure = failure;
    }
  }

  private Sent send(IdMethod method, Object client, String id) throws InterruptedException {
    int before = server.getRequestCount();
    Throwable failure = catchThrowable(() -> method.call.accept(client, id));
    if (failure instanceof CompletionException && failure.getCause() != null) {
      failure = failure.getCause();
    }
    if (server.getRequestCount() == before) {
      return new Sent(null, failure);
    }
    assertThat(server.getRequestCount()).as("one request per call").isEqualTo(before + 1);
    return new Sent(server.takeRequest(5, TimeUnit.SECONDS).getUrl(), failure);
  }
}
