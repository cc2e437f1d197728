/**
 * Not API: the Moshi setup ({@code OkrJson}) and the adapters that turn Immutables models,
 * open enums, times and numbers into JSON and back. Exported only to the SDK's own modules.
 */
@NullMarked
package io.okrsdk.core.internal.json;

import org.jspecify.annotations.NullMarked;
