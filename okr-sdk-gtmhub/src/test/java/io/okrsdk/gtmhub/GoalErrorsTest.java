package io.okrsdk.gtmhub;

import static io.okrsdk.gtmhub.TestClients.GOAL_ID;
import static io.okrsdk.gtmhub.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.ConflictException;
import io.okrsdk.core.LockedException;
import io.okrsdk.core.NotFoundException;
import io.okrsdk.core.OkrApiException;
import io.okrsdk.core.OkrDecodingException;
import io.okrsdk.core.PaymentRequiredException;
import io.okrsdk.core.UnauthorizedException;
import io.okrsdk.gtmhub.model.GoalPatch;
import io.okrsdk.gtmhub.model.GoalRequest;
import io.okrsdk.gtmhub.query.ListQuery;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionException;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Error statuses, malformed bodies and input refused before anything is sent. */
class GoalErrorsTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private GtmhubClient client;

  @BeforeEach
  void setUp() {
    client = TestClients.client(server);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void unauthorizedIsItsOwnType() {
    server.enqueue(json(401, "{\"error\":\"invalid token\"}"));

    assertThatThrownBy(() -> client.goals().get(GOAL_ID))
        .isInstanceOfSatisfying(UnauthorizedException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(401);
          assertThat(e.errorBody()).contains("invalid token");
          assertThat(e.getMessage()).doesNotContain(TestClients.TOKEN);
        });
  }

  @Test
  void paymentRequiredIsItsOwnType() {
    server.enqueue(json(402, "{\"error\":\"plan does not include the API\"}"));

    assertThatThrownBy(() -> client.goals().listPage(ListQuery.all(), 0, 10))
        .isInstanceOfSatisfying(PaymentRequiredException.class, e -> assertThat(e.statusCode()).isEqualTo(402));
  }

  @Test
  void notFoundIsItsOwnType() {
    server.enqueue(json(404, "{\"error\":\"goal not found\"}"));

    assertThatThrownBy(() -> client.goals().delete(GOAL_ID))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(404);
          assertThat(e.method()).isEqualTo("DELETE");
          assertThat(e.url()).contains("/api/v1/goals/" + GOAL_ID);
        });
  }

  @Test
  void conflictOnReviewIsItsOwnType() {
    server.enqueue(json(409, "{\"error\":\"already in review\"}"));

    assertThatThrownBy(() -> client.goals().requestReview(GOAL_ID, List.of("u1")))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.statusCode()).isEqualTo(409));
  }

  @Test
  void lockedGoalOnPatchIsItsOwnType() {
    server.enqueue(json(423, "{\"error\":\"item is locked\"}"));

    assertThatThrownBy(() -> client.goals().update(GOAL_ID, GoalPatch.builder().name("x").build()))
        .isInstanceOfSatisfying(LockedException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(423);
          assertThat(e.errorBody()).contains("item is locked");
        });
  }

  @Test
  @SuppressWarnings("deprecation")
  void lockedGoalOnDeprecatedPutIsItsOwnType() {
    server.enqueue(json(423, "{\"error\":\"item is locked\"}"));

    assertThatThrownBy(() -> client.goals().replace(GOAL_ID, GoalRequest.builder().name("n").sessionId("s").build()))
        .isInstanceOf(LockedException.class);
  }

  @Test
  void asyncFailuresCarryTheSameTypes() {
    server.enqueue(json(423, "{\"error\":\"item is locked\"}"));

    assertThatThrownBy(() -> client.goals().updateAsync(GOAL_ID, GoalPatch.builder().name("x").build()).join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(LockedException.class);
  }

  @Test
  void malformedBodyIsADecodingError() {
    server.enqueue(json(200, "{\"id\":\"g1\",\"attainment\":\"not a number\"}"));

    assertThatThrownBy(() -> client.goals().get("g1"))
        .isInstanceOfSatisfying(OkrDecodingException.class,
            e -> assertThat(e.getMessage()).contains("attainment"));
  }

  @Test
  void truncatedBodyIsADecodingError() {
    server.enqueue(json(200, "{\"items\":[{\"id\":\"g1\""));

    assertThatThrownBy(() -> client.goals().listPage(ListQuery.all(), 0, 10)).isInstanceOf(OkrDecodingException.class);
  }

  @Test
  void aListWhereOneGoalIsExpectedIsADecodingError() {
    // Envelopes also accept a bare array (UndocumentedShapesTest); a single goal does not.
    server.enqueue(json(200, "[]"));

    assertThatThrownBy(() -> client.goals().get("g1")).isInstanceOf(OkrDecodingException.class);
  }

  @Test
  void aMetricDateThatIsNoDateIsADecodingError() {
    server.enqueue(json(200, "{\"id\":\"g1\",\"metrics\":[{\"dueDate\":\"soon\"}]}"));

    assertThatThrownBy(() -> client.goals().get("g1")).isInstanceOf(OkrDecodingException.class);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", ".", ".."})
  void badGoalIdsAreRefusedBeforeSending(String goalId) {
    GoalService goals = client.goals();
    List<Executable> calls =
        Arrays.asList(
            () -> goals.get(goalId),
            () -> goals.getAsync(goalId),
            () -> goals.workflowActions(goalId),
            () -> goals.approve(goalId, "ok"),
            () -> goals.decline(goalId, "no"),
            () -> goals.requestReview(goalId, List.of("u1")),
            () -> goals.withdraw(goalId),
            () -> goals.update(goalId, GoalPatch.builder().name("n").build()),
            () -> goals.delete(goalId),
            () -> goals.deleteAsync(goalId),
            () -> goals.listByMetricOwner(goalId));
    for (Executable call : calls) {
      assertThatThrownBy(call::execute).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void badBodiesAreRefusedBeforeSending() {
    GoalService goals = client.goals();

    assertThatThrownBy(() -> goals.approve(GOAL_ID, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> goals.requestReview(GOAL_ID, List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> goals.requestReview(GOAL_ID, Arrays.asList("u1", " ")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> goals.deleteAll(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> goals.deleteAll(Arrays.asList("g1", null))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> goals.createAll(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> goals.update(GOAL_ID, GoalPatch.builder().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no field");
    assertThatThrownBy(() -> goals.listPage(ListQuery.all(), -1, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> goals.listPage(ListQuery.all(), 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void serverErrorsAreApiExceptionsWithTheStatus() {
    server.enqueue(json(500, "{\"error\":\"boom\"}"));

    assertThatThrownBy(() -> client.goals().withdraw(GOAL_ID))
        .isInstanceOfSatisfying(OkrApiException.class, e -> assertThat(e.statusCode()).isEqualTo(500));
  }
}
