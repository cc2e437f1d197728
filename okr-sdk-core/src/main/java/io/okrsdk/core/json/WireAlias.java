package io.okrsdk.core.json;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Further spellings of a name on the wire.
 *
 * <ul>
 *   <li>On an enum constant, read as that constant by {@link OpenEnum}: OKR for Jira writes a
 *       status as {@code ON_TRACK} in queries and {@code ON TRACK} in updates, so the constant
 *       {@code ON_TRACK} carries {@code @WireAlias("ON TRACK")}.
 *   <li>On a model accessor, further JSON field names read into that attribute: Perform's field
 *       list says {@code title_name} where its examples say {@code title}. The primary name (from
 *       {@code @Json}) wins when a document has both; writing always uses the primary name.
 * </ul>
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface WireAlias {
  /**
   * The other spellings.
   *
   * @return the aliases (enum spellings are matched exactly first and then ignoring case; field
   *     names exactly)
   */
  String[] value();
}
