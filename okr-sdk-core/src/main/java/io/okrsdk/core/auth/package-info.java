/**
 * The ways a client authenticates: {@link io.okrsdk.core.auth.AuthScheme} and its bearer, basic
 * and header-token forms, with secrets kept out of every {@code toString()}.
 */
@NullMarked
package io.okrsdk.core.auth;

import org.jspecify.annotations.NullMarked;
