/**
 * HTTP settings a user chooses ({@link io.okrsdk.core.http.RetryPolicy}, {@link
 * io.okrsdk.core.http.HttpLogLevel}, {@link io.okrsdk.core.http.Sleeper}) and the interceptors,
 * converter and error mapping that carry every call.
 */
@NullMarked
package io.okrsdk.core.http;

import org.jspecify.annotations.NullMarked;
