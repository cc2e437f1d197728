package io.okrsdk.testing.gtmhub;

/**
 * Where a goal of the fake Gtmhub server stands in the approval workflow. The API does not send
 * this state; the fake keeps it to decide what an approve, decline, review, withdraw or edit does.
 */
public enum WorkflowStatus {
  /** Editable; reviewers can be requested. New goals start here, and decline and withdraw return here. */
  DRAFT,
  /** Reviewers were selected; only they can approve or decline. The goal is locked for edits. */
  IN_REVIEW,
  /** A reviewer approved the goal. It stays locked for edits until its owner withdraws it. */
  APPROVED
}
