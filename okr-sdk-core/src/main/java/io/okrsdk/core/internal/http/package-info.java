/**
 * Not API: the interceptors, converter, rate limiter and error mapping that carry every call.
 * Exported only to the SDK's own modules; may change in any release.
 */
@NullMarked
package io.okrsdk.core.internal.http;

import org.jspecify.annotations.NullMarked;
