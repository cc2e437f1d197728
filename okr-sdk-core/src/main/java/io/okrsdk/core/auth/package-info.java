/**
 * How a client authenticates: {@link io.okrsdk.core.auth.AuthScheme}, whose secrets stay out
 * of every {@code toString()}.
 */
@NullMarked
package io.okrsdk.core.auth;

import org.jspecify.annotations.NullMarked;
