/**
 * The JSON bridge: {@link io.okrsdk.core.json.OkrModel} and {@link io.okrsdk.core.json.WireAlias}
 * on Immutables models, {@link io.okrsdk.core.json.OpenEnum} for values a service may add, and the
 * Moshi setup {@link io.okrsdk.core.json.OkrJson}.
 */
@NullMarked
package io.okrsdk.core.json;

import org.jspecify.annotations.NullMarked;
