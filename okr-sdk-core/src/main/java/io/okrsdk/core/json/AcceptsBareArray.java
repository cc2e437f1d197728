package io.okrsdk.core.json;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an {@link OkrModel} envelope such as {@code {"items": [...], "totalCount": 2}}: a bare JSON
 * array where the envelope is expected is read as the envelope with that array under the named
 * attribute and every other attribute absent. For endpoints whose documentation shows no response
 * body, where public evidence allows both shapes.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AcceptsBareArray {
  /**
   * The JSON name of the list attribute a bare array fills.
   *
   * @return the JSON name, such as {@code items}
   */
  String value();
}
