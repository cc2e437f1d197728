/**
 * Not API: how pages are fetched (one by one, prefetched or in parallel) under one set of stop
 * rules. Exported only to the SDK's own modules; may change in any release.
 */
@NullMarked
package io.okrsdk.core.internal.paging;

import org.jspecify.annotations.NullMarked;
