package io.okrsdk.core.internal.http;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * One request of an SDK interface method, built as Retrofit builds it from the same annotations:
 * the generated {@code <Interface>Calls} classes call these methods in the order of the method's
 * parameters ({@code @Url} and {@code @Path} first, as Retrofit requires), then {@link #call}.
 *
 * <p>Not thread-safe: one per call, used by one thread.
 */
public final class ApiRequest {
  /** Characters a path value is always percent-encoded for, even when declared encoded. */
  private static final String PATH_ALWAYS_ENCODED = " \"<>^`{}|\\?#";

  private final ApiCalls calls;
  private final String method;
  private final boolean hasBody;
  private @Nullable String relativeUrl;
  private HttpUrl.@Nullable Builder url;
  private final Headers.Builder headers = new Headers.Builder();
  private @Nullable MediaType contentType;
  private @Nullable RequestBody body;

  ApiRequest(ApiCalls calls, String method, @Nullable String relativeUrl, boolean hasBody) {
    this.calls = calls;
    this.method = method;
    this.relativeUrl = relativeUrl;
    this.hasBody = hasBody;
  }

  /**
   * An {@code @Url} parameter: the URL, absolute or relative to the base URL.
   *
   * @param value the URL
   * @return this request
   * @throws IllegalArgumentException when {@code value} is {@code null}
   */
  public ApiRequest url(@Nullable String value) {
    if (value == null) {
      throw new IllegalArgumentException("@Url parameter is null.");
    }
    relativeUrl = value;
    return this;
  }

  /**
   * A {@code @Path(encoded = true)} parameter: the value replaces {@code {name}} as it is, apart
   * from characters that may never appear in a path (controls, non-ASCII, space, {@code "<>^`{}|\?#}),
   * which are percent-encoded.
   *
   * @param name the placeholder's name
   * @param value the value, already encoded (see {@code PathSegments.encode})
   * @return this request
   * @throws IllegalArgumentException when {@code value} is {@code null} or makes a {@code .} or
   *     {@code ..} segment
   */
  public ApiRequest path(String name, @Nullable Object value) {
    if (value == null) {
      throw new IllegalArgumentException("Path parameter \"" + name + "\" value must not be null.");
    }
    if (relativeUrl == null || url != null) {
      throw new IllegalStateException("path parameter " + name + " after the URL was completed");
    }
    String replaced = relativeUrl.replace("{" + name + "}", encodePath(value.toString()));
    if (hasDotSegment(replaced)) {
      throw new IllegalArgumentException(
          "@Path parameters shouldn't perform path traversal ('.' or '..'): " + value);
    }
    relativeUrl = replaced;
    return this;
  }

  /**
   * A {@code @Query} parameter: left out when {@code null}; an {@code Iterable} adds one parameter
   * per non-null element. Values are written with {@code toString()} and encoded by OkHttp.
   *
   * @param name the parameter's name
   * @param value the value
   * @return this request
   */
  public ApiRequest query(String name, @Nullable Object value) {
    return query(name, value, false);
  }

  /**
   * A {@code @Query(encoded = true)} parameter: as {@link #query(String, Object)}, but the value is
   * already percent-encoded and only what may never appear in a query is encoded by OkHttp.
   *
   * @param name the parameter's name, already encoded
   * @param value the value
   * @return this request
   */
  public ApiRequest encodedQuery(String name, @Nullable Object value) {
    return query(name, value, true);
  }

  private ApiRequest query(String name, @Nullable Object value, boolean encoded) {
    if (value instanceof Iterable) {
      for (Object element : (Iterable<?>) value) {
        query(name, element, encoded);
      }
      return this;
    }
    if (value != null) {
      if (encoded) {
        urlBuilder().addEncodedQueryParameter(name, value.toString());
      } else {
        urlBuilder().addQueryParameter(name, value.toString());
      }
    }
    return this;
  }

  /**
   * A header from {@code @Headers} or an {@code @Header} parameter ({@code null} leaves it out).
   * {@code Content-Type} sets the body's type instead of adding a header.
   *
   * @param name the header's name
   * @param value the value
   * @return this request
   */
  public ApiRequest header(String name, @Nullable String value) {
    if (value == null) {
      return this;
    }
    if ("Content-Type".equalsIgnoreCase(name)) {
      try {
        contentType = MediaType.get(value);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Malformed content type: " + value, e);
      }
    } else {
      headers.add(name, value);
    }
    return this;
  }

  /**
   * A {@code @HeaderMap} parameter.
   *
   * @param values the headers
   * @return this request
   * @throws IllegalArgumentException when the map, a name or a value is {@code null}
   */
  public ApiRequest headers(@Nullable Map<String, String> values) {
    if (values == null) {
      throw new IllegalArgumentException("Header map was null.");
    }
    for (Map.Entry<String, String> entry : values.entrySet()) {
      if (entry.getKey() == null) {
        throw new IllegalArgumentException("Header map contained null key.");
      }
      if (entry.getValue() == null) {
        throw new IllegalArgumentException("Header map contained null value for key '" + entry.getKey() + "'.");
      }
      header(entry.getKey(), entry.getValue());
    }
    return this;
  }

  /**
   * A {@code @Body} parameter: a {@code RequestBody} is sent as it is, anything else is written as
   * JSON by the client's Moshi for the declared type.
   *
   * @param value the body
   * @param type the parameter's declared type
   * @return this request
   * @throws IllegalArgumentException when {@code value} is {@code null} or cannot be written as
   *     JSON
   */
  public ApiRequest body(@Nullable Object value, Type type) {
    if (value == null) {
      throw new IllegalArgumentException("Body parameter value must not be null.");
    }
    if (value instanceof RequestBody) {
      body = (RequestBody) value;
      return this;
    }
    JsonAdapter<Object> adapter = calls.moshi().adapter(type);
    Buffer json = new Buffer();
    try (JsonWriter writer = JsonWriter.of(json)) {
      adapter.toJson(writer, value);
    } catch (IOException | RuntimeException e) {
      // Writing to memory cannot fail on I/O: the value itself cannot be JSON (a NaN, say).
      throw new IllegalArgumentException(
          "body of type " + value.getClass().getSimpleName() + " cannot be written as JSON: " + e.getMessage(), e);
    }
    body = RequestBody.create(json.readByteString(), JsonBody.TYPE);
    return this;
  }

  /**
   * The call, decoding the body as the declared type.
   *
   * @param type the body type of the method's {@code Call<T>}
   * @param streaming whether the method is {@code @Streaming} (a {@code ResponseBody} is handed
   *     over unread)
   * @param <T> the body type
   * @return the call, not yet executed
   */
  public <T> Call<T> call(Type type, boolean streaming) {
    Request.Builder request = new Request.Builder().url(resolvedUrl()).headers(headers.build());
    RequestBody sent = body;
    if (sent == null && hasBody) {
      sent = RequestBody.create(new byte[0], null);
    }
    if (contentType != null) {
      if (sent != null) {
        sent = new TypedBody(sent, contentType);
      } else {
        request.header("Content-Type", contentType.toString());
      }
    }
    request.method(method, sent);
    ResponseDecoder<T> decoder = calls.decoding().decoder(type, streaming);
    return new ApiCall<>(calls.client().newCall(request.build()), decoder, type != Void.class);
  }

  private HttpUrl.Builder urlBuilder() {
    if (url == null) {
      url = calls.baseUrl().newBuilder(relativeUrl());
      if (url == null) {
        throw malformed();
      }
    }
    return url;
  }

  private HttpUrl resolvedUrl() {
    if (url != null) {
      return url.build();
    }
    HttpUrl resolved = calls.baseUrl().resolve(relativeUrl());
    if (resolved == null) {
      throw malformed();
    }
    return resolved;
  }

  private String relativeUrl() {
    if (relativeUrl == null) {
      throw new IllegalStateException("no URL: the method has neither a path nor an @Url parameter");
    }
    return relativeUrl;
  }

  private IllegalArgumentException malformed() {
    return new IllegalArgumentException("Malformed URL. Base: " + calls.baseUrl() + ", Relative: " + relativeUrl);
  }

  /** Percent-encodes what may never appear in a path, leaving existing escapes alone. */
  static String encodePath(String value) {
    int i = 0;
    while (i < value.length()) {
      char c = value.charAt(i);
      if (c < 0x20 || c >= 0x7f || PATH_ALWAYS_ENCODED.indexOf(c) >= 0) {
        break;
      }
      i++;
    }
    if (i == value.length()) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length() + 16).append(value, 0, i);
    while (i < value.length()) {
      int codePoint = value.codePointAt(i);
      if (codePoint < 0x20 || codePoint >= 0x7f || PATH_ALWAYS_ENCODED.indexOf(codePoint) >= 0) {
        for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
        }
      } else {
        out.append((char) codePoint);
      }
      i += Character.charCount(codePoint);
    }
    return out.toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** Whether a segment of the path is {@code .} or {@code ..}, written plainly or as {@code %2e}. */
  static boolean hasDotSegment(String path) {
    int start = 0;
    while (start <= path.length()) {
      int end = path.indexOf('/', start);
      if (end < 0) {
        end = path.length();
      }
      if (isDots(path, start, end)) {
        return true;
      }
      start = end + 1;
    }
    return false;
  }

  private static boolean isDots(String path, int start, int end) {
    int dots = 0;
    int i = start;
    while (i < end) {
      if (path.charAt(i) == '.') {
        i++;
      } else if (path.regionMatches(true, i, "%2e", 0, 3) && i + 3 <= end) {
        i += 3;
      } else {
        return false;
      }
      dots++;
    }
    return dots == 1 || dots == 2;
  }

  /** A body sent with the type a {@code Content-Type} header declared instead of its own. */
  private static final class TypedBody extends RequestBody {
    private final RequestBody body;
    private final MediaType type;

    TypedBody(RequestBody body, MediaType type) {
      this.body = body;
      this.type = type;
    }

    @Override
    public MediaType contentType() {
      return type;
    }

    @Override
    public long contentLength() throws IOException {
      return body.contentLength();
    }

    @Override
    public boolean isOneShot() {
      return body.isOneShot();
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      body.writeTo(sink);
    }
  }

  /** Parsed on the first JSON body, not when the first request of a process is built. */
  private static final class JsonBody {
    /** What Retrofit's Moshi converter declares for a JSON body. */
    static final MediaType TYPE = MediaType.get("application/json; charset=UTF-8");

    private JsonBody() {}
  }
}
