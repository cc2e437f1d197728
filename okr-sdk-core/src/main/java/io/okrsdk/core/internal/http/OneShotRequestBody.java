package io.okrsdk.core.internal.http;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * Marks a write's body as one-shot, which tells OkHttp never to transmit it twice: no silent retry
 * on a stale connection, no follow-up on a 408 or a redirect. A POST or PATCH may have reached the
 * server once it was sent, so the SDK never repeats it.
 */
final class OneShotRequestBody extends RequestBody {
  private final RequestBody delegate;

  OneShotRequestBody(RequestBody delegate) {
    this.delegate = delegate;
  }

  @Override
  public MediaType contentType() {
    return delegate.contentType();
  }

  @Override
  public long contentLength() throws IOException {
    return delegate.contentLength();
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    delegate.writeTo(sink);
  }

  @Override
  public boolean isOneShot() {
    return true;
  }
}
