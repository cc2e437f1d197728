package io.okrsdk.core.http;

import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Wraps a JSON converter so that transport and decoding failures can be told apart: the body is
 * first read whole (a dropped connection stays an {@code IOException}, reported as a network
 * error), then parsed from memory, where any failure means the body was not the documented shape
 * and becomes an {@code OkrDecodingException}.
 */
public final class DecodingConverterFactory extends Converter.Factory {
  /** Bodies larger than this are refused instead of exhausting memory. */
  public static final long MAX_BODY_BYTES = 64L * 1024 * 1024;

  private final Converter.Factory delegate;

  /**
   * Creates the factory.
   *
   * @param delegate the JSON converter factory (Moshi)
   */
  public DecodingConverterFactory(Converter.Factory delegate) {
    this.delegate = delegate;
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    Converter<ResponseBody, ?> converter = delegate.responseBodyConverter(type, annotations, retrofit);
    return converter == null ? null : new Decoding<>(converter);
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(
      Type type, Annotation[] parameterAnnotations, Annotation[] methodAnnotations, Retrofit retrofit) {
    return delegate.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
  }

  @Override
  public Converter<?, String> stringConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    return delegate.stringConverter(type, annotations, retrofit);
  }

  private static final class Decoding<T> implements Converter<ResponseBody, T> {
    private final Converter<ResponseBody, T> converter;

    Decoding(Converter<ResponseBody, T> converter) {
      this.converter = converter;
    }

    @Override
    public T convert(ResponseBody body) throws IOException {
      Buffer buffer = readWhole(body);
      ResponseBody inMemory = ResponseBody.create(buffer, body.contentType(), buffer.size());
      T value;
      try {
        value = converter.convert(inMemory);
      } catch (IOException | JsonDataException | IllegalStateException | IllegalArgumentException | ArithmeticException e) {
        // Parsing from memory cannot fail on I/O: every failure here is the body's shape.
        throw ErrorMapper.decoding(e);
      } catch (StackOverflowError e) {
        throw ErrorMapper.decoding(new JsonDataException("Nesting too deep", e));
      }
      if (value == null) {
        // The document "null" where the API promises a value (body-less answers use Void, not this path).
        throw ErrorMapper.decoding(new JsonDataException("Expected a JSON value but the body was null at path $"));
      }
      return value;
    }

    private static Buffer readWhole(ResponseBody body) throws IOException {
      try (body) {
        BufferedSource source = body.source();
        Buffer buffer = new Buffer();
        while (source.read(buffer, 64 * 1024) != -1) {
          if (buffer.size() > MAX_BODY_BYTES) {
            throw ErrorMapper.decoding(
                new JsonDataException("Response body larger than " + MAX_BODY_BYTES + " bytes"));
          }
        }
        return buffer;
      }
    }
  }
}
