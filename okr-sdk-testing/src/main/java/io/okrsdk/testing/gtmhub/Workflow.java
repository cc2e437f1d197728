package io.okrsdk.testing.gtmhub;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The approval workflow: which transitions are allowed from which {@link WorkflowStatus}, who may
 * make them, and the workflow action each one records.
 *
 * <ul>
 *   <li>review: a draft goal gets reviewers (known users) and goes in review; a goal already in
 *       review or approved is a conflict (409); an unknown or missing reviewer is 400.
 *   <li>approve / decline: only a selected reviewer, only in review (else 400); decline returns the
 *       goal to draft.
 *   <li>withdraw: only an owner (or a member of an owning team), only when not a draft (else 400).
 *   <li>a goal that is not a draft is locked: PUT and PATCH answer 423 "item is locked".
 * </ul>
 */
final class Workflow {
  private final String currentUserId;
  private final Sessions sessions;
  private final ObjectIds ids;

  Workflow(String currentUserId, Sessions sessions, ObjectIds ids) {
    this.currentUserId = currentUserId;
    this.sessions = sessions;
    this.ids = ids;
  }

  void review(StoredGoal goal, Object body) {
    Map<String, Object> fields = GoalWriter.object(body, "reviewers");
    if (!fields.containsKey("reviewers")) {
      throw ApiError.badRequest("reviewers is required");
    }
    List<String> reviewers = GoalWriter.textList(fields.get("reviewers"), "reviewers");
    if (reviewers.isEmpty()) {
      throw ApiError.badRequest("reviewers needs at least one user id");
    }
    for (String reviewer : reviewers) {
      if (!Directory.isUser(reviewer)) {
        throw ApiError.badRequest("nonExistingReviewResponse: no user '" + reviewer + "' can review this goal");
      }
    }
    if (goal.status != WorkflowStatus.DRAFT) {
      throw new ApiError(409, "goal '" + goal.id() + "' is already " + describe(goal.status)
          + "; withdraw it before requesting another review");
    }
    goal.status = WorkflowStatus.IN_REVIEW;
    goal.reviewers.clear();
    goal.reviewers.addAll(reviewers);
    record(goal, "review", null);
  }

  void approve(StoredGoal goal, Object body) {
    String comment = comment(body);
    requireReviewer(goal, "approve");
    goal.status = WorkflowStatus.APPROVED;
    record(goal, "approve", comment);
  }

  void decline(StoredGoal goal, Object body) {
    String comment = comment(body);
    requireReviewer(goal, "decline");
    goal.status = WorkflowStatus.DRAFT;
    goal.reviewers.clear();
    record(goal, "decline", comment);
  }

  void withdraw(StoredGoal goal) {
    if (!Directory.owns(currentUserId, (List<?>) goal.doc.get("ownerIds"))) {
      throw ApiError.badRequest("only the goal's owners can withdraw it");
    }
    if (goal.status == WorkflowStatus.DRAFT) {
      throw ApiError.badRequest("goal '" + goal.id() + "' is already a draft");
    }
    goal.status = WorkflowStatus.DRAFT;
    goal.reviewers.clear();
    record(goal, "withdraw", null);
  }

  /** 423 unless the goal is a draft. */
  static void requireEditable(StoredGoal goal) {
    if (goal.status != WorkflowStatus.DRAFT) {
      throw new ApiError(423, "item is locked");
    }
  }

  /** Records an action taken by someone else (for seeded history). */
  void record(StoredGoal goal, String action, String comment, String userId) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("id", ids.next());
    entry.put("goalId", goal.id());
    entry.put("action", action);
    entry.put("userId", userId);
    entry.put("comment", comment);
    entry.put("date", sessions.now());
    goal.actions.add(entry);
  }

  private void record(StoredGoal goal, String action, String comment) {
    record(goal, action, comment, currentUserId);
  }

  private void requireReviewer(StoredGoal goal, String verb) {
    if (goal.status != WorkflowStatus.IN_REVIEW) {
      throw ApiError.badRequest("goal '" + goal.id() + "' is " + describe(goal.status) + ", not in review: nothing to " + verb);
    }
    if (!goal.reviewers.contains(currentUserId)) {
      throw ApiError.badRequest("only a reviewer selected for the goal can " + verb + " it");
    }
  }

  private static String comment(Object body) {
    Map<String, Object> fields = GoalWriter.object(body, "comment");
    Object comment = fields.get("comment");
    if (!(comment instanceof String)) {
      throw ApiError.badRequest("comment is required");
    }
    return (String) comment;
  }

  private static String describe(WorkflowStatus status) {
    switch (status) {
      case IN_REVIEW:
        return "in review";
      case APPROVED:
        return "approved";
      default:
        return "a draft";
    }
  }
}
