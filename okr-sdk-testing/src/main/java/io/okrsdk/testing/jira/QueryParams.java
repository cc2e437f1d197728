package io.okrsdk.testing.jira;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;

/** A request's query parameters, read the way the API checks them: anything malformed is a 400. */
final class QueryParams {
  private final HttpUrl url;

  QueryParams(HttpUrl url) {
    this.url = url;
  }

  long requiredLong(String name) {
    String text = url.queryParameter(name);
    if (text == null || text.isBlank()) {
      throw JiraHttpError.badRequest(name + " is required");
    }
    return parseLong(name, text);
  }

  Long optionalLong(String name) {
    String text = url.queryParameter(name);
    return text == null || text.isBlank() ? null : parseLong(name, text);
  }

  String optionalText(String name) {
    String text = url.queryParameter(name);
    return text == null || text.isBlank() ? null : text;
  }

  /** A page size from 1 to 1000; 1000 when absent. */
  int pageSize() {
    Long size = optionalLong("pageSize");
    if (size == null) {
      return 1000;
    }
    if (size < 1 || size > 1000) {
      throw JiraHttpError.badRequest("pageSize must be from 1 to 1000, was " + size);
    }
    return size.intValue();
  }

  /** The values of a repeatable parameter, blank ones left out. */
  List<String> values(String name) {
    List<String> values = new ArrayList<>();
    for (String value : url.queryParameterValues(name)) {
      if (value != null && !value.isBlank()) {
        values.add(value.trim());
      }
    }
    return values;
  }

  /** A required comma list of ids, without repeats, in the order given. */
  List<String> requiredIds(String name) {
    String text = url.queryParameter(name);
    if (text == null || text.isBlank()) {
      throw JiraHttpError.badRequest(name + " is required");
    }
    Set<String> ids = new LinkedHashSet<>();
    for (String id : text.split(",", -1)) {
      if (id.isBlank()) {
        throw JiraHttpError.badRequest(name + " holds an empty id: " + text);
      }
      ids.add(id.trim());
    }
    return new ArrayList<>(ids);
  }

  /** The {@code expand} comma list as constants of {@code type}; a value that names none is a 400. */
  <E extends Enum<E>> Set<E> expand(Class<E> type) {
    Set<E> expand = EnumSet.noneOf(type);
    for (String list : url.queryParameterValues("expand")) {
      if (list == null || list.isEmpty()) {
        continue;
      }
      for (String value : list.split(",", -1)) {
        expand.add(constant(type, value.trim()));
      }
    }
    return expand;
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    throw JiraHttpError.badRequest("invalid expand value: '" + value + "'");
  }

  private static long parseLong(String name, String text) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw JiraHttpError.badRequest(name + " must be a whole number, was " + text);
    }
  }
}
