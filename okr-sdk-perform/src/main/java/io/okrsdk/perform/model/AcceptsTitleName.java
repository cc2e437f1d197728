package io.okrsdk.perform.model;

import com.squareup.moshi.JsonQualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks where the API returns a {@link Goal} (or a list of them): the goal is read with the title
 * taken from {@code title} or, when that is missing or {@code null}, from {@code title_name}.
 *
 * <p>The vendor's field list names the title {@code title_name} while its JSON examples send
 * {@code title}; both spellings are accepted and {@link Goal#title()} exposes the one that is set.
 * The qualifier is resolved by the JSON setup of {@code PerformClient}; a plain okr-sdk Moshi reads
 * {@code title} only.
 */
@Documented
@JsonQualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
public @interface AcceptsTitleName {}
