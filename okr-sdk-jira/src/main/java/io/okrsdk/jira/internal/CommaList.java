package io.okrsdk.jira.internal;

import io.okrsdk.core.internal.PathSegments;
import io.okrsdk.core.internal.Checks;
import io.okrsdk.jira.query.KeyResultExpand;
import io.okrsdk.jira.query.ObjectiveExpand;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A query parameter that carries several values as one comma-separated list ({@code expand},
 * {@code objectiveIds}, {@code keyResultIds}). Its {@link #toString()} is the encoded list, so
 * {@link OkrForJiraApi} declares these parameters with {@code encoded = true}: the commas stay
 * commas, and each value is percent-encoded on its own.
 *
 * <p>Immutable.
 *
 * @param <T> the value type: an expansion enum or {@code String} ids
 */
public final class CommaList<T> {
  private final List<T> values;
  private final String encoded;

  private CommaList(List<T> values, List<String> spellings, String name) {
    this.values = List.copyOf(values);
    StringBuilder text = new StringBuilder();
    for (String spelling : spellings) {
      if (text.length() > 0) {
        text.append(',');
      }
      text.append(PathSegments.encode(spelling, name));
    }
    this.encoded = text.toString();
  }

  /**
   * An {@code expand} list, in the enum's declaration order.
   *
   * @param expansions the expansions; not empty
   * @param <E> the expansion enum ({@link ObjectiveExpand} or {@link KeyResultExpand})
   * @return the list
   * @throws IllegalArgumentException when the set is empty or holds {@code null}
   */
  public static <E extends Enum<E>> CommaList<E> expand(Set<E> expansions) {
    Checks.require(expansions, "expand");
    if (expansions.isEmpty()) {
      throw new IllegalArgumentException("expand must name at least one expansion; leave the parameter out instead");
    }
    for (E expansion : expansions) {
      if (expansion == null) {
        throw new IllegalArgumentException("expand must not contain null");
      }
    }
    List<E> ordered = new ArrayList<>(EnumSet.copyOf(expansions));
    List<String> spellings = new ArrayList<>();
    for (E expansion : ordered) {
      spellings.add(expansion.name());
    }
    return new CommaList<>(ordered, spellings, "expand");
  }

  /**
   * An {@code expand} list of known expansions (in the enum's declaration order) followed by raw
   * values the enum does not name (in the order given, duplicates of either dropped). For values
   * the service accepts before this SDK knows them.
   *
   * @param known the known expansions; may be empty
   * @param raw further values, sent as given; none null, blank or containing a comma
   * @param <E> the expansion enum ({@link ObjectiveExpand} or {@link KeyResultExpand})
   * @return the list of spellings
   * @throws IllegalArgumentException when both are empty, or a value cannot be sent
   */
  public static <E extends Enum<E>> CommaList<String> expand(Set<E> known, Collection<String> raw) {
    Checks.require(known, "expand");
    Checks.require(raw, "rawExpand");
    Set<String> spellings = new LinkedHashSet<>();
    if (!known.isEmpty()) {
      spellings.addAll(expand(known).spellings());
    }
    for (String value : raw) {
      Checks.requireText(value, "a rawExpand value");
      if (value.indexOf(',') >= 0) {
        throw new IllegalArgumentException("a rawExpand value must not contain a comma: " + value);
      }
      spellings.add(value.trim());
    }
    if (spellings.isEmpty()) {
      throw new IllegalArgumentException("expand must name at least one expansion; leave the parameter out instead");
    }
    List<String> values = new ArrayList<>(spellings);
    return new CommaList<>(values, values, "expand");
  }

  private List<String> spellings() {
    List<String> names = new ArrayList<>();
    for (T value : values) {
      names.add(value instanceof Enum ? ((Enum<?>) value).name() : String.valueOf(value));
    }
    return names;
  }

  /**
   * A list of ids, duplicates dropped, order kept.
   *
   * @param ids the ids; at least one, none null, blank or containing a comma
   * @param name what the ids are, for error messages (such as {@code objectiveIds})
   * @return the list
   * @throws IllegalArgumentException when the ids cannot be sent as a comma list
   */
  public static CommaList<String> ids(Collection<String> ids, String name) {
    Set<String> distinct = new LinkedHashSet<>();
    for (String id : Checks.idList(ids, name)) {
      if (id.indexOf(',') >= 0) {
        throw new IllegalArgumentException("an id in " + name + " must not contain a comma: " + id);
      }
      distinct.add(id);
    }
    List<String> values = new ArrayList<>(distinct);
    return new CommaList<>(values, values, name);
  }


  /**
   * The values, in the order they are sent.
   *
   * @return the values
   */
  public List<T> values() {
    return values;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CommaList && values.equals(((CommaList<?>) other).values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** The values percent-encoded one by one and joined with commas, as sent. */
  @Override
  public String toString() {
    return encoded;
  }
}
