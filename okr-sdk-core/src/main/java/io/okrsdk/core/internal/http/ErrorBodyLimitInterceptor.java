package io.okrsdk.core.internal.http;

import io.okrsdk.core.OkrApiException;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Keeps only the start of an error body. Retrofit reads error bodies whole into memory, so a huge
 * (or gzip-inflated) 500 answer would exhaust the heap before the 2 KiB excerpt is taken. This
 * application interceptor sits after OkHttp's decompression, reads at most {@link #LIMIT} decoded
 * bytes and closes the rest unread; a body cut off mid-way keeps what arrived.
 */
public final class ErrorBodyLimitInterceptor implements Interceptor {
  /** Decoded bytes kept of an error body: the excerpt in the worst UTF-8 case, plus a margin. */
  public static final long LIMIT = 4L * OkrApiException.MAX_BODY_EXCERPT + 1024;

  /** Creates the interceptor. */
  public ErrorBodyLimitInterceptor() {}

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.isSuccessful()) {
      return response;
    }
    ResponseBody body = response.body();
    Buffer start = new Buffer();
    try (body) {
      BufferedSource source = body.source();
      while (start.size() < LIMIT && source.read(start, LIMIT - start.size()) != -1) {
        // read up to the limit
      }
    } catch (IOException e) {
      // The status arrived; a body cut short keeps what came (the status is what matters).
    }
    return response.newBuilder().body(ResponseBody.create(start, body.contentType(), start.size())).build();
  }
}
