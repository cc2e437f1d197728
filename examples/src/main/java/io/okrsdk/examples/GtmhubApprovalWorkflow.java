package io.okrsdk.examples;

import io.okrsdk.core.LockedException;
import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.gtmhub.model.Goal;
import io.okrsdk.gtmhub.model.GoalPatch;
import io.okrsdk.gtmhub.model.GoalRequest;
import io.okrsdk.gtmhub.model.WorkflowAction;
import io.okrsdk.gtmhub.query.Fields;
import io.okrsdk.gtmhub.query.Filter;
import io.okrsdk.gtmhub.query.ListQuery;
import io.okrsdk.gtmhub.query.Sort;
import io.okrsdk.testing.FakeGtmhubServer;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Gtmhub / Quantive Results approval workflow: create a goal, request a review, approve it
 * with a comment, show the workflow actions, see that an approved goal is locked for edits (423)
 * until it is withdrawn, and list goals with a filter. The goal is deleted at the end.
 *
 * <p>Runs against the embedded fake server unless these environment variables are set:
 *
 * <ul>
 *   <li>{@code OKRSDK_GTMHUB_TOKEN}, {@code OKRSDK_GTMHUB_ACCOUNT_ID}, and {@code
 *       OKRSDK_GTMHUB_BASE_URL} or {@code OKRSDK_GTMHUB_REGION} (such as {@code QUANTIVE_EU});
 *   <li>for the real service also {@code OKRSDK_GTMHUB_SESSION_ID} (the session to create the goal
 *       in) and {@code OKRSDK_GTMHUB_REVIEWER_ID} (your own user id: only a selected reviewer can
 *       approve).
 * </ul>
 */
public final class GtmhubApprovalWorkflow {
  static final String GOAL_NAME = "Launch the partner portal";
  static final String RENAMED = "Launch the partner portal in EMEA";
  static final String COMMENT = "Scope and key results are clear";

  private GtmhubApprovalWorkflow() {}

  /**
   * Runs the example.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(System.getenv(), System.out);
  }

  /**
   * Opens the connection the environment asks for and walks through the workflow.
   *
   * @param env the environment
   * @param out where to print
   */
  static void run(Map<String, String> env, PrintStream out) {
    try (Connection<GtmhubClient> connection =
        Platforms.gtmhub(out, env)) {
      Optional<String> sessionId = connection.isReal()
          ? Connection.variable(env, "OKRSDK_GTMHUB_SESSION_ID")
          : Optional.of(FakeGtmhubServer.CURRENT_SESSION_ID);
      Optional<String> reviewerId = connection.isReal()
          ? Connection.variable(env, "OKRSDK_GTMHUB_REVIEWER_ID")
          : Optional.of(FakeGtmhubServer.USER_ID);
      if (sessionId.isEmpty() || reviewerId.isEmpty()) {
        out.println("Set OKRSDK_GTMHUB_SESSION_ID and OKRSDK_GTMHUB_REVIEWER_ID (your own user id) as well.");
        return;
      }
      walkThrough(connection.client(), sessionId.get(), reviewerId.get(), out);
    }
  }


  /**
   * The workflow itself, against any client.
   *
   * @param client the client
   * @param sessionId the session to create the goal in
   * @param reviewerId the reviewer to request, who must be the caller to approve
   * @param out where to print
   */
  public static void walkThrough(GtmhubClient client, String sessionId, String reviewerId, PrintStream out) {
    Goal goal = client.goals().create(GoalRequest.builder()
        .name(GOAL_NAME)
        .sessionId(sessionId)
        .description("Partners register deals and track payouts themselves.")
        .build());
    String id = goal.id();
    out.println("Created goal \"" + goal.name().orElse(GOAL_NAME) + "\" with id " + id);
    try {
      client.goals().requestReview(id, List.of(reviewerId));
      out.println("Requested a review from user " + reviewerId);

      client.goals().approve(id, COMMENT);
      out.println("Approved it: \"" + COMMENT + "\"");

      out.println("Workflow actions:");
      for (WorkflowAction action : client.goals().workflowActions(id).items()) {
        out.println("  - " + action.action().map(Object::toString).orElse("?")
            + " by " + action.userId().orElse("?")
            + action.comment().filter(c -> !c.isEmpty()).map(c -> ": \"" + c + "\"").orElse(""));
      }

      GoalPatch rename = GoalPatch.builder().name(RENAMED).build();
      try {
        client.goals().update(id, rename);
        out.println("Renamed the approved goal (this service does not lock approved goals)");
      } catch (LockedException e) {
        out.println("Renaming the approved goal was refused: " + e.statusCode() + " item is locked");
        client.goals().withdraw(id);
        out.println("Withdrew it back to draft");
        Goal renamed = client.goals().update(id, rename);
        out.println("Renamed it to \"" + renamed.name().orElse("?") + "\"");
      }

      ListQuery query = ListQuery.builder()
          .filter(Filter.eq("sessionId", sessionId).and(Filter.regex("name", "partner portal")))
          .sort(Sort.ascending("name"))
          .fields(Fields.of("name", "attainment"))
          .build();
      out.println("Goals in the session whose name mentions \"partner portal\":");
      for (Goal found : client.goals().list(query)) {
        out.println("  - " + found.name().orElse("?") + " (" + Math.round(100 * found.attainment().orElse(0.0)) + "%)");
      }
    } finally {
      client.goals().delete(id);
      out.println("Deleted goal " + id);
    }
  }
}
