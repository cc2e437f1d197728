package io.okrsdk.testing.gtmhub;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The API's {@code formatting}: descriptions are stored in mention markup ({@code
 * @[Name:email:id]}) and turned into {@code @Name} for {@code plainText}.
 */
final class Mentions {
  private static final Pattern MENTION = Pattern.compile("@\\[([^:\\]]+):[^:\\]]*:[^\\]]*\\]");

  private Mentions() {}

  /** The markup for a person or team. */
  static String markup(String name, String email, String id) {
    return "@[" + name + ":" + (email == null ? "" : email) + ":" + id + "]";
  }

  /** Validates a {@code formatting} value; {@code true} for plain text. */
  static boolean plainText(String formatting) {
    if (formatting == null || formatting.isBlank() || "mentionsMarkup".equals(formatting)) {
      return false;
    }
    if ("plainText".equals(formatting)) {
      return true;
    }
    throw ApiError.badRequest("formatting must be mentionsMarkup or plainText, was '" + formatting + "'");
  }

  /** Rewrites the descriptions of a goal copy and its metrics as plain text. */
  @SuppressWarnings("unchecked")
  static void toPlainText(Map<String, Object> goal) {
    plain(goal);
    Object metrics = goal.get("metrics");
    if (metrics instanceof List) {
      for (Object metric : (List<Object>) metrics) {
        if (metric instanceof Map) {
          plain((Map<String, Object>) metric);
        }
      }
    }
  }

  private static void plain(Map<String, Object> node) {
    Object description = node.get("description");
    if (description instanceof String) {
      node.put("description", MENTION.matcher((String) description).replaceAll("@$1"));
    }
  }
}
