package io.okrsdk.core.json;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Further spellings of an enum constant on the wire, read as that constant by {@link OpenEnum}.
 *
 * <p>For example OKR for Jira writes a status as {@code ON_TRACK} in queries and {@code ON TRACK} in
 * updates: the constant {@code ON_TRACK} carries {@code @WireAlias("ON TRACK")}.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface WireAlias {
  /**
   * The other spellings.
   *
   * @return the aliases, matched exactly first and then ignoring case
   */
  String[] value();
}
