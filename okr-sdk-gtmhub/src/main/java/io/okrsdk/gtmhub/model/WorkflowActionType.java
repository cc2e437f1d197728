package io.okrsdk.gtmhub.model;

import com.squareup.moshi.Json;

/**
 * A step of the approval workflow, named after the endpoint that performs it. Values this SDK does
 * not know yet are kept as raw text.
 */
public enum WorkflowActionType {
  /** The goal was approved by a reviewer. */
  @Json(name = "approve")
  APPROVE,
  /** The goal was declined by a reviewer (and went back to draft). */
  @Json(name = "decline")
  DECLINE,
  /** Reviewers were requested for the goal. */
  @Json(name = "review")
  REVIEW,
  /** The owner withdrew the goal back to draft. */
  @Json(name = "withdraw")
  WITHDRAW
}
