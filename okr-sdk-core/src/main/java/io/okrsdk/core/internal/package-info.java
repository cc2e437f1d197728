/**
 * Not API: the runtime a platform client is built on ({@code ClientRuntime}) and path-segment
 * encoding. Exported only to the SDK's own modules; may change in any release.
 */
@NullMarked
package io.okrsdk.core.internal;

import org.jspecify.annotations.NullMarked;
