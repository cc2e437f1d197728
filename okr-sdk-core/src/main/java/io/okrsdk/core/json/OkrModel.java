package io.okrsdk.core.json;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * Marks an Immutables value type as an okr-sdk model, and gives every model the same generation
 * style.
 *
 * <p>Put it next to {@code @Value.Immutable} on the abstract type. The JSON layer then reads and
 * writes the type through its generated {@code Immutable<Name>} builder: required attributes,
 * {@code @Value.Default} values and {@code @Value.Check} all run on decode, unknown JSON fields are
 * ignored, and {@code @Json(name = "...")} on an accessor sets the JSON name.
 *
 * <p>For the SDK's own modules: each model's JSON shape is generated when the module is compiled,
 * by the SDK's build-time processor, and a model without one fails to decode with an {@code
 * IllegalArgumentException} that says so. To decode an answer into a type of your own (with
 * {@code request(...).execute(type)}), use a plain class, a {@code Map} or {@link RawJson}; Moshi
 * reads those without this marker.
 *
 * <p>The style is {@code jdkOnly}, so generated code needs no Immutables jar at run time; the
 * Immutables annotations are a compile-time dependency only.
 */
@Documented
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.RUNTIME)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    allowedClasspathAnnotations = {Override.class})
public @interface OkrModel {}
