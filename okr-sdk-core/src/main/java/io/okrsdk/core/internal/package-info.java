/**
 * Not API: the runtime a platform client is built on ({@code ClientRuntime}), how its HTTP stack
 * is put together for a set of options ({@code HttpStack}), requests the SDK does not model
 * ({@code RawCalls}), path-segment encoding and the argument checks every platform shares.
 * Exported only to the SDK's own modules; may change in any release.
 */
@NullMarked
package io.okrsdk.core.internal;

import org.jspecify.annotations.NullMarked;
