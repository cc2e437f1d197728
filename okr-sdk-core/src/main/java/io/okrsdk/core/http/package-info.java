/**
 * HTTP settings a user chooses: {@link io.okrsdk.core.http.RetryPolicy}, {@link
 * io.okrsdk.core.http.HttpLogLevel}, {@link io.okrsdk.core.http.RateLimitMode} and {@link
 * io.okrsdk.core.http.Sleeper}.
 */
@NullMarked
package io.okrsdk.core.http;

import org.jspecify.annotations.NullMarked;
