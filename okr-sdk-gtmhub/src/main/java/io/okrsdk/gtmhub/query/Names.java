package io.okrsdk.gtmhub.query;

import io.okrsdk.core.internal.PathSegments;
import java.util.Collection;
import java.util.Objects;
import java.util.StringJoiner;

/** Checks the names and ids that go into the API's comma-separated query values. */
final class Names {
  private Names() {}

  /**
   * A field name or id that must not break the comma list it goes into.
   *
   * @throws IllegalArgumentException when null, blank or holding one of {@code forbidden}
   */
  static String check(String value, String what, String forbidden) {
    PathSegments.requireText(value, what);
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
   * Ids joined with commas, as the grouped-by listings take them.
   *
   * @throws IllegalArgumentException when the list is empty or an id is null, blank or has a comma
   */
  static String joinIds(Collection<String> ids, String what) {
    Objects.requireNonNull(ids, what);
    if (ids.isEmpty()) {
      throw new IllegalArgumentException(what + " needs at least one id");
    }
    StringJoiner joined = new StringJoiner(",");
    for (String id : ids) {
      joined.add(check(id, what + " entry", ","));
    }
    return joined.toString();
  }
}
