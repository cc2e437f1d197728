package io.okrsdk.core.internal.http;

import java.io.IOException;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.Timeout;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * One call of an SDK interface method: an OkHttp call and the decoder of its body, answering as
 * Retrofit's own calls do. A status outside 2xx gives an error response with the body buffered;
 * 204 and 205 give a {@code null} body without decoding; anything else is decoded. The raw response
 * a {@link Response} carries has its body taken away, so it cannot be read twice.
 *
 * @param <T> the body type
 */
public final class ApiCall<T> implements Call<T> {
  private final okhttp3.Call raw;
  private final ResponseDecoder<T> decoder;
  private final boolean promisesBody;

  ApiCall(okhttp3.Call raw, ResponseDecoder<T> decoder, boolean promisesBody) {
    this.raw = raw;
    this.decoder = decoder;
    this.promisesBody = promisesBody;
  }

  /**
   * Whether the interface method returns a value (anything but {@code Call<Void>}), so a 204 or
   * 205 without a body breaks its promise.
   *
   * @return whether a body is promised
   */
  public boolean promisesBody() {
    return promisesBody;
  }

  @Override
  public Response<T> execute() throws IOException {
    return parse(raw.execute());
  }

  @Override
  public void enqueue(Callback<T> callback) {
    Objects.requireNonNull(callback, "callback");
    raw.enqueue(
        new okhttp3.Callback() {
          @Override
          public void onResponse(okhttp3.Call call, okhttp3.Response rawResponse) {
            Response<T> response;
            try {
              response = parse(rawResponse);
            } catch (Throwable failure) {
              // Always answered, so a waiting future completes; the JVM's own errors go on up.
              callback.onFailure(ApiCall.this, failure);
              if (failure instanceof VirtualMachineError) {
                throw (VirtualMachineError) failure;
              }
              return;
            }
            callback.onResponse(ApiCall.this, response);
          }

          @Override
          public void onFailure(okhttp3.Call call, IOException failure) {
            callback.onFailure(ApiCall.this, failure);
          }
        });
  }

  private Response<T> parse(okhttp3.Response rawResponse) throws IOException {
    ResponseBody body = rawResponse.body();
    okhttp3.Response bodiless =
        rawResponse.newBuilder().body(new TakenBody(body.contentType(), body.contentLength())).build();
    int code = bodiless.code();
    if (code < 200 || code >= 300) {
      try (body) {
        return Response.error(ResponseDecoding.buffered(body), bodiless);
      }
    }
    if (code == 204 || code == 205) {
      body.close();
      return Response.success(null, bodiless);
    }
    return Response.success(decoder.decode(body), bodiless);
  }

  @Override
  public boolean isExecuted() {
    return raw.isExecuted();
  }

  @Override
  public void cancel() {
    raw.cancel();
  }

  @Override
  public boolean isCanceled() {
    return raw.isCanceled();
  }

  @Override
  public Call<T> clone() {
    return new ApiCall<>(raw.clone(), decoder, promisesBody);
  }

  @Override
  public Request request() {
    return raw.request();
  }

  @Override
  public Timeout timeout() {
    return raw.timeout();
  }

  /** The body left in a raw response whose body was decoded: its type and length, no content. */
  private static final class TakenBody extends ResponseBody {
    private final @Nullable MediaType contentType;
    private final long contentLength;

    TakenBody(@Nullable MediaType contentType, long contentLength) {
      this.contentType = contentType;
      this.contentLength = contentLength;
    }

    @Override
    public @Nullable MediaType contentType() {
      return contentType;
    }

    @Override
    public long contentLength() {
      return contentLength;
    }

    @Override
    public BufferedSource source() {
      throw new IllegalStateException("Cannot read raw response body of a converted body.");
    }
  }
}
