package io.okrsdk.jira.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.List;
import org.immutables.value.Value;

/**
 * What every OKR query returns: objectives, key results and what they refer to, as flat lists
 * linked by id. Which lists are filled depends on the query's {@code expand}. {@code
 * io.okrsdk.jira.OkrGraph} indexes it for navigation.
 */
@OkrModel
@Value.Immutable
public interface OkrExport extends HasUnrecognized {
  /**
   * The objectives ({@code okrs}).
   *
   * @return the objectives, possibly empty
   */
  List<Objective> okrs();

  /**
   * The key results ({@code krs}).
   *
   * @return the key results, possibly empty
   */
  List<KeyResult> krs();

  /**
   * The teams referred to.
   *
   * @return the teams, possibly empty
   */
  List<Team> teams();

  /**
   * The periods referred to.
   *
   * @return the periods, possibly empty
   */
  List<Period> periods();

  /**
   * The labels referred to.
   *
   * @return the labels, possibly empty
   */
  List<Label> labels();

  /**
   * The OKR types referred to.
   *
   * @return the types, possibly empty
   */
  List<OkrType> okrTypes();

  /**
   * The definitions of the custom fields whose values the objectives and key results carry.
   *
   * @return the definitions, possibly empty
   */
  List<CustomField> customFields();

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableOkrExport.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return the builder
   */
  static ImmutableOkrExport.Builder builder() {
    return ImmutableOkrExport.builder();
  }
}
