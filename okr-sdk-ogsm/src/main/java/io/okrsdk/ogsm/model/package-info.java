/**
 * The OGSM API's objects as immutable values: the objective, goals, strategies, KPIs and actions of
 * an OGSM, the measurements recorded for goals and KPIs, and the bodies that create measurements.
 *
 * <p>Field names follow the vendor's JSON ({@code current_value}, {@code ogsm_canvases}, ...)
 * through {@code @Json(name = ...)}, while accessors use Java names. Numbers that are values
 * ({@code current_value}, {@code target_value}, {@code chart_vertical_min}, {@code progress}) are
 * {@link java.math.BigDecimal}, dates are {@link java.time.LocalDate}, nullable fields are
 * {@link java.util.Optional}, and server enums are {@link io.okrsdk.core.json.OpenEnum}, so a value
 * newer than this SDK is kept instead of failing the decode.
 */
@NullMarked
package io.okrsdk.ogsm.model;

import org.jspecify.annotations.NullMarked;
