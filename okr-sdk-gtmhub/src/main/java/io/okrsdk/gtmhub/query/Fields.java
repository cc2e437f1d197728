package io.okrsdk.gtmhub.query;

import io.okrsdk.core.internal.Checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@code fields} projection: the fields to retrieve, separated by commas, with a complex field's
 * sub-fields in braces ({@code parent{a,b}}). The service always adds {@code id} and {@code
 * accountId}.
 *
 * <pre>{@code
 * Fields.of("name", "sessionId")
 *     .nested("metrics", "name", "attainment")
 *     .nested("links", "expanded")        // name,sessionId,metrics{name,attainment},links{expanded}
 * Fields.raw("name,description")
 * }</pre>
 *
 * <p>Instances are immutable; every method returns a new instance.
 */
public final class Fields {
  private static final String RESERVED = ",{}";
  private final List<String> parts;

  private Fields(List<String> parts) {
    this.parts = List.copyOf(parts);
  }

  /**
   * The given fields.
   *
   * @param names the field names, at least one
   * @return the projection
   */
  public static Fields of(String... names) {
    return new Fields(List.of()).and(names);
  }

  /**
   * A projection sent exactly as given, such as {@code name,metrics{name,attainment}}.
   *
   * @param expression the value
   * @return the projection
   * @throws IllegalArgumentException when the value is null or blank
   */
  public static Fields raw(String expression) {
    return new Fields(List.of(Checks.requireText(expression, "fields").trim()));
  }

  /**
   * These fields and more.
   *
   * @param names further field names, at least one
   * @return a new projection
   */
  public Fields and(String... names) {
    Objects.requireNonNull(names, "names");
    if (names.length == 0) {
      throw new IllegalArgumentException("fields needs at least one field name");
    }
    List<String> more = new ArrayList<>(parts);
    for (String name : names) {
      more.add(Names.check(name, "field name", RESERVED));
    }
    return new Fields(more);
  }

  /**
   * These fields and some sub-fields of a complex field: {@code parent{a,b}}.
   *
   * @param parent the complex field
   * @param subFields its fields to retrieve, at least one
   * @return a new projection
   */
  public Fields nested(String parent, String... subFields) {
    return nested(parent, of(subFields));
  }

  /**
   * These fields and a projection of a complex field, which may nest further: {@code
   * parent{a,b{c}}}.
   *
   * @param parent the complex field
   * @param subFields the projection inside it
   * @return a new projection
   */
  public Fields nested(String parent, Fields subFields) {
    Objects.requireNonNull(subFields, "subFields");
    List<String> more = new ArrayList<>(parts);
    more.add(Names.check(parent, "field name", RESERVED) + "{" + subFields + "}");
    return new Fields(more);
  }

  /**
   * The value as sent in the query.
   *
   * @return the comma-separated projection
   */
  @Override
  public String toString() {
    return String.join(",", parts);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fields && parts.equals(((Fields) other).parts);
  }

  @Override
  public int hashCode() {
    return parts.hashCode();
  }
}
