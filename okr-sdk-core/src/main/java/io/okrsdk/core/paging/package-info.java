/**
 * Lazy pagination: {@link io.okrsdk.core.paging.PagedIterable} over pages fetched on demand, in
 * the order and with the concurrency {@link io.okrsdk.core.paging.PagingMode} chooses.
 */
@NullMarked
package io.okrsdk.core.paging;

import org.jspecify.annotations.NullMarked;
