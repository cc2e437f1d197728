package io.okrsdk.core.internal.paging;


/** A listing whose pages can be requested by offset, so pages after the first can be fetched at once. */
final class IndexedPages<T> {
  final int pageSize;
  final Paging.OffsetRequest<T> request;

  IndexedPages(int pageSize, Paging.OffsetRequest<T> request) {
    this.pageSize = pageSize;
    this.request = request;
  }
}
