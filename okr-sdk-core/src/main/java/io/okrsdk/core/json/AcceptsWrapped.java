package io.okrsdk.core.json;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an {@link OkrModel}: when it is a whole response body, the object may also arrive wrapped
 * under one key ({@code {"data": {...}}}). A root object with exactly one field, whose name is none
 * of the model's and whose value is an object, is read as that inner object. For endpoints whose
 * documentation shows no response body. Only the document root is unwrapped, once.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AcceptsWrapped {}
