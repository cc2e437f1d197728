package io.okrsdk.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A second yardstick for the cold-start benchmark, beside {@link ColdStartOkHttpMoshi}: the same
 * hand-written OkHttp + Moshi program, but reading the whole goal into typed classes (every field
 * the body has, nested objects and lists), as a user who wants the goal and not four of its fields
 * would write it. It keeps dates and enum values as strings, as such a program usually does, where
 * the SDK parses them. Comparing the SDK with both tells the cost of a typed model from the cost of
 * the SDK's own machinery.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.okrsdk.benchmarks.ColdStartOkHttpMoshiTyped BASE_URL}.
 */
public final class ColdStartOkHttpMoshiTyped {
  private ColdStartOkHttpMoshiTyped() {}

  /** The goal, every field. */
  static final class GoalDto {
    String id;
    String accountId;
    String name;
    String description;
    String sessionId;
    String ownerId;
    List<String> ownerIds;
    String parentId;
    String dateCreated;
    String dateFrom;
    String dateTo;
    String url;
    Double attainment;
    Double aggregatedAttainment;
    Double fullAggregatedAttainment;
    String attainmentTypeString;
    ClosedStatusDto closedStatus;
    List<TagDto> tags;
    Map<String, Object> customFields;
    AssigneeDto assignee;
    List<MetricDto> metrics;
    Map<String, Object> links;
  }

  /** Whether the goal is closed. */
  static final class ClosedStatusDto {
    String status;
  }

  /** A tag. */
  static final class TagDto {
    String id;
    String title;
  }

  /** The owner. */
  static final class AssigneeDto {
    String id;
    String accountId;
    String name;
    String email;
    String avatar;
    String type;
  }

  /** A key result. */
  static final class MetricDto {
    String id;
    String name;
    String description;
    Double attainment;
    Double actual;
    Double target;
    Double initialValue;
    String manualType;
    String targetOperator;
    Boolean critical;
    String dueDate;
    ConfidenceDto confidence;
    String sessionId;
    List<String> ownerIds;
    String goalId;
    FormatDto format;
  }

  /** A key result's confidence. */
  static final class ConfidenceDto {
    String date;
    String reason;
    String userId;
    Double value;
  }

  /** How a key result's value is shown. */
  static final class FormatDto {
    String prefix;
    String suffix;
    Double fractionSize;
  }

  /**
   * Reads one goal and prints its name.
   *
   * @param args the server's base URL
   * @throws IOException when the call fails
   */
  public static void main(String[] args) throws IOException {
    GoalDto goal = ColdStartOkHttpMoshi.readGoal(args[0], GoalDto.class);
    System.out.println(goal.name);
  }
}
