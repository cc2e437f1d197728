package io.okrsdk.gtmhub.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a generated map keep {@code null} values (recognised by name by the annotation processor):
 * custom fields that are set to nothing arrive as JSON {@code null}.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
@interface AllowNulls {}
