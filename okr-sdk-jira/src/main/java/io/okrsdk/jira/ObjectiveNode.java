package io.okrsdk.jira;

import io.okrsdk.jira.model.Objective;
import java.util.Objects;

/** An objective's place in a depth-first walk of the objective tree ({@link OkrGraph#tree()}). */
public final class ObjectiveNode {
  private final Objective objective;
  private final int depth;

  ObjectiveNode(Objective objective, int depth) {
    this.objective = objective;
    this.depth = depth;
  }

  /**
   * The objective.
   *
   * @return the objective
   */
  public Objective objective() {
    return objective;
  }

  /**
   * How far below the walk's start the objective is: 0 for a root (or the start of a subtree), 1
   * for its children, and so on.
   *
   * @return the depth
   */
  public int depth() {
    return depth;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ObjectiveNode
        && depth == ((ObjectiveNode) other).depth
        && objective.equals(((ObjectiveNode) other).objective);
  }

  @Override
  public int hashCode() {
    return Objects.hash(objective, depth);
  }

  @Override
  public String toString() {
    return "ObjectiveNode{" + objective.key() + ", depth=" + depth + "}";
  }
}
