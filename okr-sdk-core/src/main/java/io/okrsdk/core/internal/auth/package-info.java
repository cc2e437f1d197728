/**
 * Not API: the bearer, basic and header-token schemes the platform builders create, and the
 * redaction of their secrets. Exported only to the SDK's own modules.
 */
@NullMarked
package io.okrsdk.core.internal.auth;

import org.jspecify.annotations.NullMarked;
