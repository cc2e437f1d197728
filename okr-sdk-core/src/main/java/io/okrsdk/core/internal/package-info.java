/**
 * Plumbing of the core that no user touches: how a client's HTTP stack is put together for its
 * options. Not exported.
 */
@NullMarked
package io.okrsdk.core.internal;

import org.jspecify.annotations.NullMarked;
