package io.okrsdk.benchmarks;

import java.nio.charset.StandardCharsets;

/**
 * Deterministic Perform goal JSON in the shape of the vendor's documented example: the same 21
 * fields, several {@code null}s, decimals as strings, dates, booleans and enum spellings.
 */
public final class GoalJson {
  /** The id {@link #goal(int)} gives goal 0, as the per-call benchmark requests it. */
  public static final String FIRST_ID = id(0);

  private static final String[] UNITS = {"perc", "number", "bin", "gbp"};
  private static final String[] RAG = {"RED", "AMBER", "GREEN"};
  private static final String[] VISIBILITY = {"public", "lineofsight"};
  private static final String[] PEOPLE = {"Joanne Stefani", "Amir Haddad", "Li Wei", "Maria Garcia", "Tomasz Nowak"};

  private GoalJson() {}

  /**
   * The id of goal {@code index}, Perform style: a company number, a colon and a UUID-shaped tail.
   *
   * @param index the goal's index
   * @return the id
   */
  public static String id(int index) {
    return String.format("580:%08x-c87a-4607-936f-%012x", index * 2654435761L & 0xffffffffL, (long) index);
  }

  /**
   * One goal object.
   *
   * @param index selects the values; the same index gives the same JSON
   * @return the JSON text
   */
  public static String goal(int index) {
    StringBuilder json = new StringBuilder(640);
    appendGoal(json, index);
    return json.toString();
  }

  /**
   * A goal list page as {@code GET api/v2/goals/} returns it.
   *
   * @param first the index of the page's first goal
   * @param size the number of goals on the page
   * @param count the listing's total
   * @param next the absolute next link, or {@code null} on the last page
   * @return the JSON bytes
   */
  public static byte[] page(int first, int size, long count, String next) {
    StringBuilder json = new StringBuilder(size * 640 + 128);
    json.append("{\"count\":").append(count).append(",\"next\":");
    if (next == null) {
      json.append("null");
    } else {
      json.append('"').append(next).append('"');
    }
    json.append(",\"previous\":null,\"results\":");
    appendArray(json, first, size);
    json.append('}');
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void appendArray(StringBuilder json, int first, int size) {
    json.append('[');
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        json.append(',');
      }
      appendGoal(json, first + i);
    }
    json.append(']');
  }

  private static void appendGoal(StringBuilder json, int i) {
    int target = 50 + i % 150;
    json.append("{\"api_id\":\"").append(id(i)).append('"')
        .append(",\"title\":\"Increase quarterly sales in region ").append(i % 97).append(" by ").append(i % 40).append("%\"")
        .append(",\"description\":").append(i % 3 == 0 ? "\"\"" : "\"Owned by the regional team; reviewed monthly.\"")
        .append(",\"department\":").append(i % 2 == 0 ? "null" : "\"Sales\"")
        .append(",\"team_manager_name\":null")
        .append(",\"person_name\":\"").append(PEOPLE[i % PEOPLE.length]).append('"')
        .append(",\"person_group_name\":null")
        .append(",\"responsible_person_name\":").append(i % 4 == 0 ? "null" : "\"" + PEOPLE[(i + 1) % PEOPLE.length] + "\"")
        .append(",\"unit\":\"").append(UNITS[i % UNITS.length]).append('"')
        .append(",\"baseline_value\":\"0.0000\"")
        .append(",\"target_value\":\"").append(target).append(".0000\"")
        .append(",\"current_value\":\"").append(i % target).append('.').append(String.format("%04d", i % 10000)).append('"')
        .append(",\"start_date\":\"2025-0").append(1 + i % 9).append("-01\"")
        .append(",\"target_date\":\"2025-12-").append(10 + i % 19).append('"')
        .append(",\"is_complete\":").append(i % 5 == 0)
        .append(",\"rag_status\":\"").append(RAG[i % RAG.length]).append('"')
        .append(",\"auto_calculated\":").append(i % 2 == 1)
        .append(",\"is_okr\":").append(i % 3 == 1)
        .append(",\"goal_weight\":").append(1 + i % 5)
        .append(",\"goal_visibility\":\"").append(VISIBILITY[i % VISIBILITY.length]).append('"')
        .append(",\"rag_target_based\":").append(i % 7 == 0)
        .append('}');
  }
}
