/**
 * How models meet JSON: {@link io.okrsdk.core.json.OkrModel} and {@link
 * io.okrsdk.core.json.WireAlias} on Immutables models, {@link io.okrsdk.core.json.OpenEnum} for
 * values a service may add, {@link io.okrsdk.core.json.HasUnrecognized} for what a model did not
 * know, and the decoding choices {@link io.okrsdk.core.json.DecodingMode} and {@link
 * io.okrsdk.core.json.DecodingOptions}.
 */
@NullMarked
package io.okrsdk.core.json;

import org.jspecify.annotations.NullMarked;
