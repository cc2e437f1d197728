package io.okrsdk.core.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.okrsdk.core.OkrDecodingException;
import io.okrsdk.core.internal.http.ApiCalls;
import io.okrsdk.core.internal.http.CallExecutor;
import io.okrsdk.core.internal.http.ResponseDecoding;
import io.okrsdk.core.internal.http.ErrorMapper;
import io.okrsdk.core.internal.http.ResponseDecoder;
import io.okrsdk.core.json.OkrModel;
import io.okrsdk.core.json.RawJson;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Sends the requests the SDK does not model ({@code OkrClient.request(...)}) through the same
 * Retrofit and OkHttp stack as the typed calls, so they get the client's credentials, retries,
 * rate limit and error mapping; answers the successful response with its body decoded.
 */
public final class RawCalls {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  /** What to send: checked by the public {@code RawRequest} before it gets here. */
  public static final class Request {
    final String method;
    final String path;
    final List<String[]> query;
    final Map<String, String> headers;
    final @Nullable Object body;

    /**
     * Describes a request.
     *
     * @param method GET, DELETE, POST, PUT or PATCH, upper case
     * @param path a path {@link RawPaths#check(String)} accepted
     * @param query the query parameters as name/value pairs, in order
     * @param headers the request's own headers
     * @param body the JSON body (a {@code RawJson}, a model, a map or a list), or {@code null}
     */
    public Request(
        String method, String path, List<String[]> query, Map<String, String> headers, @Nullable Object body) {
      this.method = method;
      this.path = path;
      this.query = List.copyOf(query);
      this.headers = Map.copyOf(headers);
      this.body = body;
    }
  }

  private final HttpUrl baseUrl;
  private final ApiCalls apiCalls;
  private final Moshi moshi;
  private final CallExecutor calls;
  private final GenericApi generic;

  RawCalls(HttpUrl baseUrl, ApiCalls apiCalls, Moshi moshi, CallExecutor calls) {
    this.baseUrl = baseUrl;
    this.apiCalls = apiCalls;
    this.moshi = moshi;
    this.calls = calls;
    this.generic = new GenericApiCalls(apiCalls);
  }

  <T> Response<T> execute(Request request, Type type) {
    return calls.execute(call(request), response -> read(response, type));
  }

  <T> CompletableFuture<Response<T>> executeAsync(Request request, Type type) {
    return calls.executeAsync(call(request), response -> read(response, type));
  }

  private Call<ResponseBody> call(Request request) {
    HttpUrl.Builder url = RawPaths.resolve(baseUrl, request.path).newBuilder();
    for (String[] parameter : request.query) {
      url.addQueryParameter(parameter[0], parameter[1]);
    }
    String target = url.build().toString();
    Map<String, String> headers = request.headers;
    Object body = request.body;
    switch (request.method) {
      case "GET":
        return generic.get(target, headers);
      case "DELETE":
        return body == null ? generic.delete(target, headers) : generic.delete(target, headers, json(body));
      case "POST":
        return generic.post(target, headers, json(body));
      case "PUT":
        return generic.put(target, headers, json(body));
      default:
        return generic.patch(target, headers, json(body));
    }
  }

  private RequestBody json(@Nullable Object body) {
    if (body == null) {
      return RequestBody.create(new byte[0], null);
    }
    String json;
    if (body instanceof RawJson) {
      json = ((RawJson) body).json();
    } else {
      try {
        json = moshi.adapter(jsonType(body.getClass())).toJson(body);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "body of type "
                + body.getClass().getSimpleName()
                + " cannot be written as JSON; pass a model, a Map, a List or RawJson",
            e);
      }
    }
    return RequestBody.create(json, JSON);
  }

  /** The type whose adapter writes a value: the model interface of an Immutables class. */
  private static Type jsonType(Class<?> type) {
    if (Map.class.isAssignableFrom(type)) {
      return Map.class;
    }
    if (List.class.isAssignableFrom(type)) {
      return List.class;
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (c.isAnnotationPresent(OkrModel.class)) {
        return c;
      }
      for (Class<?> i : c.getInterfaces()) {
        if (i.isAnnotationPresent(OkrModel.class)) {
          return i;
        }
      }
    }
    return type;
  }

  private <T> Response<T> read(Response<ResponseBody> response, Type type) throws IOException {
    ResponseBody body = response.body();
    if (body == null) {
      return Response.success((T) null, response.raw());
    }
    if (body.contentLength() == 0) {
      body.close();
      return Response.success((T) null, response.raw());
    }
    @SuppressWarnings("unchecked")
    ResponseDecoder<T> decoder =
        type == RawJson.class ? b -> (T) rawJson(b) : apiCalls.decoding().decoder(type, false);
    return Response.success(decoder.decode(body), response.raw());
  }

  /** The body as text, checked to be one JSON value within the decoder's size limit. */
  private static RawJson rawJson(ResponseBody body) throws IOException {
    try (body) {
      BufferedSource source = body.source();
      if (source.request(ResponseDecoding.MAX_BODY_BYTES + 1)) {
        throw new OkrDecodingException(
            "Response body larger than " + ResponseDecoding.MAX_BODY_BYTES + " bytes", "$", null);
      }
      String text = source.getBuffer().readUtf8();
      if (text.isBlank()) {
        throw new OkrDecodingException("Response body is empty where a JSON value was expected", "$", null);
      }
      try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(text))) {
        reader.skipValue();
        if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
          throw new JsonDataException("Expected one JSON value but more followed at path " + reader.getPath());
        }
      } catch (JsonDataException | IOException e) {
        throw ErrorMapper.decoding(e);
      }
      return RawJson.of(text.strip());
    }
  }
}
