package io.okrsdk.testing.calls;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.okrsdk.core.internal.http.ApiCalls;
import io.okrsdk.core.internal.http.ResponseDecoding;
import io.okrsdk.core.json.DecodingOptions;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import retrofit2.Call;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.http.Body;
import retrofit2.http.HeaderMap;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Url;

/**
 * The SDK's clients call their Retrofit interfaces through the {@code <Interface>Calls} classes
 * the build generates, not through Retrofit's run time. Retrofit is the reference: for every method
 * of every interface, with awkward values (spaces, non-ASCII, reserved characters, dot segments,
 * absolute and relative URLs, nulls, repeated query values), the generated call must build the
 * request Retrofit builds from the same annotations (method, URL, every header, body type and
 * bytes), or refuse the same arguments with the same exception type.
 *
 * <p>Bodies are written by one stand-in Moshi on both sides (each value as its declared type's
 * name), so what is compared is the plumbing: that the declared type reaches Moshi and the body is
 * sent with the right media type. How models are written is checked by each platform's contract
 * tests against the docs' examples.
 */
@Timeout(60)
class GeneratedCallsMatchRetrofitTest {
  private static final HttpUrl BASE = HttpUrl.get("https://api.example.com/base/path/");
  private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");
  private static final OkHttpClient HTTP = new OkHttpClient();
  private static final int VARIANTS = 9;

  /** Writes any value as its declared type's name; never reads. */
  private static final Moshi MOSHI =
      new Moshi.Builder()
          .add(
              (type, annotations, moshi) ->
                  new JsonAdapter<Object>() {
                    @Override
                    public Object fromJson(JsonReader reader) {
                      throw new UnsupportedOperationException();
                    }

                    @Override
                    public void toJson(JsonWriter writer, Object value) throws IOException {
                      writer.value(type.getTypeName());
                    }
                  })
          .build();

  static Stream<String> interfaces() {
    return Stream.of(
        "io.okrsdk.core.internal.GenericApi",
        "io.okrsdk.gtmhub.internal.GtmhubGoalApi",
        "io.okrsdk.gtmhub.internal.GtmhubMetricApi",
        "io.okrsdk.gtmhub.internal.GtmhubAccountApi",
        "io.okrsdk.perform.internal.PerformApi",
        "io.okrsdk.ogsm.internal.OgsmApi",
        "io.okrsdk.jira.internal.OkrForJiraApi");
  }

  @AfterAll
  static void releaseThreads() {
    HTTP.dispatcher().executorService().shutdown();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("interfaces")
  void everyMethodBuildsTheRequestRetrofitBuilds(String name) throws Exception {
    Class<?> api = Class.forName(name);
    Object retrofit =
        new Retrofit.Builder().baseUrl(BASE).callFactory(HTTP).addConverterFactory(new JsonBodies()).build().create(api);
    ApiCalls calls = new ApiCalls(HTTP, BASE, MOSHI, new ResponseDecoding(MOSHI, DecodingOptions.defaults(), System.getLogger("test")));
    Object generated =
        Class.forName(api.getPackageName() + "." + api.getName().substring(api.getPackageName().length() + 1).replace('$', '_') + "Calls")
            .getConstructor(ApiCalls.class)
            .newInstance(calls);

    int compared = 0;
    for (Method method : api.getDeclaredMethods()) {
      if (Modifier.isStatic(method.getModifiers()) || method.isDefault()) {
        continue;
      }
      for (int variant = 0; variant < VARIANTS; variant++) {
        Object[] arguments = arguments(method, variant);
        String expected = outcome(retrofit, method, arguments);
        String actual = outcome(generated, method, arguments);
        assertThat(actual).as("%s.%s%s", api.getSimpleName(), method.getName(), Arrays.deepToString(arguments)).isEqualTo(expected);
        compared++;
      }
    }
    assertThat(compared).as("calls compared").isGreaterThan(0);
  }

  /** The request a call would send, written out whole, or the type of exception refusing it. */
  private static String outcome(Object implementation, Method method, Object[] arguments) throws IOException {
    Request request;
    try {
      Call<?> call = (Call<?>) method.invoke(implementation, arguments);
      request = call.request();
    } catch (InvocationTargetException e) {
      return "refused: " + e.getCause().getClass().getName();
    } catch (RuntimeException e) {
      return "refused: " + e.getClass().getName();
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
    StringBuilder out = new StringBuilder(request.method()).append(' ').append(request.url()).append('\n');
    out.append(request.headers());
    RequestBody body = request.body();
    if (body != null) {
      Buffer bytes = new Buffer();
      body.writeTo(bytes);
      out.append("body ").append(body.contentType()).append(' ').append(body.contentLength()).append(' ')
          .append(bytes.readUtf8());
    }
    return out.toString();
  }

  private static Object[] arguments(Method method, int variant) {
    Type[] types = method.getGenericParameterTypes();
    Annotation[][] annotations = method.getParameterAnnotations();
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      List<Object> choices = choices(annotationOf(annotations[i]), types[i]);
      // Parameters cycle at different speeds, so the variants mix values instead of moving in step.
      arguments[i] = choices.get((variant + i * 2) % choices.size());
    }
    return arguments;
  }

  private static Class<? extends Annotation> annotationOf(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation.annotationType().getPackageName().equals("retrofit2.http")) {
        return annotation.annotationType();
      }
    }
    throw new AssertionError("parameter without a Retrofit annotation");
  }

  private static List<Object> choices(Class<? extends Annotation> kind, Type type) {
    Class<?> raw = Types.getRawType(type);
    if (kind == Url.class) {
      return List.of(
          "next/page?cursor=a%20b", "https://api.example.com/base/path/items?x=1", "/root/only", "../up/one",
          "https://other.example.org/x", "?only=query");
    }
    if (kind == Path.class) {
      return List.of("plain-id", "a%20b", "ü-non-ascii", "a b", "sl%2Fash", ".", "..", "%2e%2E", "q?h#{x}", "");
    }
    if (kind == HeaderMap.class) {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("X-Trace", "1");
      headers.put("Accept", "text/plain");
      Map<String, String> typed = new LinkedHashMap<>(headers);
      typed.put("content-type", "application/merge-patch+json");
      return List.of(Map.of(), headers, typed);
    }
    if (kind == Body.class) {
      if (raw == RequestBody.class) {
        return List.of(RequestBody.create("{\"a\":1}", MediaType.get("application/json")), RequestBody.create(new byte[0], null));
      }
      return Arrays.asList(instanceOf(type), null);
    }
    if (kind == Query.class) {
      return queryValues(raw);
    }
    throw new AssertionError("no values for @" + kind.getSimpleName() + " " + type);
  }

  private static List<Object> queryValues(Class<?> raw) {
    if (raw == String.class) {
      return Arrays.asList("plain", "a b&c=d", "ü+%20", "", null, "x/y?z#w");
    }
    if (raw == Long.class || raw == long.class) {
      return raw.isPrimitive() ? List.of(0L, -1L, Long.MAX_VALUE) : Arrays.asList(0L, null, Long.MAX_VALUE);
    }
    if (raw == Integer.class || raw == int.class) {
      return raw.isPrimitive() ? List.of(0, 100) : Arrays.asList(100, null, -5);
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return raw.isPrimitive() ? List.of(true, false) : Arrays.asList(true, null, false);
    }
    if (raw == LocalDate.class) {
      return Arrays.asList(LocalDate.of(2026, 2, 3), null);
    }
    if (List.class.isAssignableFrom(raw) || Collection.class.isAssignableFrom(raw)) {
      return Arrays.asList(List.of("a", "b c"), Arrays.asList("x", null, "ü"), List.of(), null);
    }
    if (raw.getSimpleName().equals("CommaList")) {
      return Arrays.asList(commaList(raw, List.of("a", "b c", "ü")), commaList(raw, List.of("only")), null);
    }
    throw new AssertionError("no query values for " + raw);
  }

  private static Object commaList(Class<?> type, List<String> values) {
    try {
      return type.getMethod("ids", Collection.class, String.class).invoke(null, values, "ids");
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Some instance of a body type: the stand-in Moshi only looks at the declared type. */
  private static Object instanceOf(Type type) {
    Class<?> raw = Types.getRawType(type);
    if (raw == List.class) {
      return List.of();
    }
    if (raw.isInterface()) {
      return Proxy.newProxyInstance(raw.getClassLoader(), new Class<?>[] {raw}, (proxy, m, args) -> {
        switch (m.getName()) {
          case "toString":
            return raw.getSimpleName();
          case "hashCode":
            return 0;
          case "equals":
            return proxy == args[0];
          default:
            throw new UnsupportedOperationException(m.getName());
        }
      });
    }
    try {
      Object builder = raw.getMethod("builder").invoke(null);
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // no builder, or one that refuses to build empty: try the constructors
    }
    for (java.lang.reflect.Constructor<?> constructor : raw.getDeclaredConstructors()) {
      Object[] values = new Object[constructor.getParameterCount()];
      for (int i = 0; i < values.length; i++) {
        Class<?> parameter = constructor.getParameterTypes()[i];
        values[i] = parameter == String.class ? "text" : parameter.isPrimitive() ? 0 : null;
      }
      try {
        constructor.setAccessible(true);
        return constructor.newInstance(values);
      } catch (ReflectiveOperationException | RuntimeException e) {
        // try the next constructor
      }
    }
    throw new AssertionError("cannot make a " + raw);
  }

  /** Retrofit's side of the bodies: the declared type's Moshi adapter, as its Moshi converter writes. */
  private static final class JsonBodies extends Converter.Factory {
    @Override
    public Converter<?, RequestBody> requestBodyConverter(
        Type type, Annotation[] parameterAnnotations, Annotation[] methodAnnotations, Retrofit retrofit) {
      JsonAdapter<Object> adapter = MOSHI.adapter(type);
      return value -> {
        Buffer buffer = new Buffer();
        adapter.toJson(JsonWriter.of(buffer), value);
        return RequestBody.create(buffer.readByteString(), JSON);
      };
    }

    @Override
    public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
      return body -> null;
    }
  }
}
