package io.okrsdk.gtmhub.query;

import io.okrsdk.core.internal.Checks;
import java.util.List;

/** Checks the names and ids that go into the API's comma-separated query values. */
final class Names {
  private Names() {}

  /**
   * A field name or id that must not break the comma list it goes into.
   *
   * @throws IllegalArgumentException when null, blank or holding one of {@code forbidden}
   */
  static String check(String value, String what, String forbidden) {
    Checks.requireText(value, what);
    for (char c : forbidden.toCharArray()) {
      if (value.indexOf(c) >= 0) {
        throw new IllegalArgumentException(what + " must not contain '" + c + "': " + value);
      }
    }
    if (!value.equals(value.trim())) {
      throw new IllegalArgumentException(what + " must not start or end with whitespace: '" + value + "'");
    }
    return value;
  }

  /**
   * Checks ids that go into one comma-separated query value; an empty list is not sent.
   *
   * @throws IllegalArgumentException when an id is blank, has surrounding whitespace or a comma
   */
  static void checkIds(List<String> ids, String what) {
    for (String id : ids) {
      check(id, "an id in " + what, ",");
    }
  }
}
