package io.okrsdk.gtmhub.model;

import com.squareup.moshi.JsonQualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a date-time that is written in strict RFC 3339 form, seconds always included ({@code
 * 2021-01-01T00:00:00Z}, never {@code 2021-01-01T00:00Z}). Request bodies use it, because the
 * service's date parser requires the seconds. Reading accepts every offset spelling.
 */
@Documented
@JsonQualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
public @interface GtmhubDateTime {}
