package io.okrsdk.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link ApiCallsProcessor} in javac on small interfaces, with stand-ins for Retrofit's
 * annotations and {@code Call}, Moshi's {@code Types} and the core signatures the generated code
 * calls, so the output must compile against them. That the generated calls send what Retrofit
 * sends is checked against Retrofit itself by {@code GeneratedCallsMatchRetrofitTest} in
 * okr-sdk-testing; here, the code written and the refusals.
 */
@Timeout(60)
class ApiCallsProcessorTest {
  private static final Map<String, String> STAND_INS = standIns();

  @TempDir Path dir;

  private static Map<String, String> standIns() {
    Map<String, String> sources = new LinkedHashMap<>();
    for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")) {
      sources.put("retrofit2/http/" + method + ".java",
          "package retrofit2.http; public @interface " + method + " { String value() default \"\"; }");
    }
    sources.put("retrofit2/http/HTTP.java",
        "package retrofit2.http; public @interface HTTP { String method(); String path() default \"\"; boolean hasBody() default false; }");
    for (String named : List.of("Query", "Path")) {
      sources.put("retrofit2/http/" + named + ".java",
          "package retrofit2.http; public @interface " + named + " { String value(); boolean encoded() default false; }");
    }
    sources.put("retrofit2/http/Header.java", "package retrofit2.http; public @interface Header { String value(); }");
    sources.put("retrofit2/http/Headers.java", "package retrofit2.http; public @interface Headers { String[] value(); }");
    for (String marker : List.of("Body", "Url", "HeaderMap", "QueryMap", "Tag", "Streaming", "FormUrlEncoded")) {
      sources.put("retrofit2/http/" + marker + ".java", "package retrofit2.http; public @interface " + marker + " {}");
    }
    sources.put("retrofit2/Call.java", "package retrofit2; public interface Call<T> {}");
    sources.put("com/squareup/moshi/Types.java",
        "package com.squareup.moshi; import java.lang.reflect.Type; public final class Types {\n"
            + "  public static Type newParameterizedType(Type raw, Type... arguments) { return raw; } }");
    sources.put("io/okrsdk/core/internal/http/ApiCalls.java",
        "package io.okrsdk.core.internal.http; public final class ApiCalls {\n"
            + "  public ApiRequest request(String method, String relativeUrl, boolean hasBody) { return new ApiRequest(); } }");
    sources.put("io/okrsdk/core/internal/http/ApiRequest.java",
        "package io.okrsdk.core.internal.http; import java.lang.reflect.Type; import java.util.Map;\n"
            + "public final class ApiRequest {\n"
            + "  public ApiRequest url(String value) { return this; }\n"
            + "  public ApiRequest path(String name, Object value) { return this; }\n"
            + "  public ApiRequest query(String name, Object value) { return this; }\n"
            + "  public ApiRequest encodedQuery(String name, Object value) { return this; }\n"
            + "  public ApiRequest header(String name, String value) { return this; }\n"
            + "  public ApiRequest headers(Map<String, String> values) { return this; }\n"
            + "  public ApiRequest body(Object value, Type type) { return this; }\n"
            + "  public <T> retrofit2.Call<T> call(Type type, boolean streaming) { return null; } }");
    return sources;
  }

  @Test
  void implementsEachMethodWithPathsFirstHeadersAndTheDeclaredTypes() throws IOException {
    ProcessorRun result =
        compile(
            "p/Api.java",
            "package p; import retrofit2.Call; import retrofit2.http.*; import java.util.*;\n"
                + "public interface Api {\n"
                + "  @GET(\"items/{id}/\") Call<List<String>> get(@Query(\"q\") String q, @Path(value = \"id\", encoded = true) String id);\n"
                + "  @POST(\"items\") @Headers(\"Content-Type: application/json\") Call<Void> create(@Body List<Integer> items);\n"
                + "  @HTTP(method = \"DELETE\", path = \"items\", hasBody = true) Call<Void> delete(@Body String ids);\n"
                + "  @GET @Streaming Call<Object> page(@Url String url, @HeaderMap Map<String, String> headers, @Query(value = \"e\", encoded = true) String e);\n"
                + "  interface Nested { @PUT(\"x\") Call<String> put(@Header(\"If-Match\") String tag); }\n"
                + "  @Deprecated @DELETE(\"old\") Call<Void> old();\n"
                + "}");

    assertThat(result.errors()).isEmpty();
    String api = result.generated("p/ApiCalls.java");
    assertThat(api)
        .contains("public final class ApiCalls implements p.Api")
        .contains("public retrofit2.Call<java.util.List<java.lang.String>> get(final java.lang.String q, final java.lang.String id)")
        .contains("this.calls.request(\"GET\", \"items/{id}/\", false)\n        .path(\"id\", id)\n        .query(\"q\", q)\n"
            + "        .call(T0, false);")
        .contains("T0 = com.squareup.moshi.Types.newParameterizedType(java.util.List.class, java.lang.String.class)")
        .contains("this.calls.request(\"POST\", \"items\", true)\n        .header(\"Content-Type\", \"application/json\")\n"
            + "        .body(items, T1)\n        .call(java.lang.Void.class, false);")
        .contains("this.calls.request(\"DELETE\", \"items\", true)\n        .body(ids, java.lang.String.class)")
        .contains("this.calls.request(\"GET\", null, false)\n        .url(url)\n        .headers(headers)\n"
            + "        .encodedQuery(\"e\", e)\n        .call(java.lang.Object.class, true);");
    assertThat(api).contains("  @Deprecated\n  @Override\n  public retrofit2.Call<java.lang.Void> old()");
    assertThat(result.generated("p/Api_NestedCalls.java"))
        .contains("final class Api_NestedCalls implements p.Api.Nested")
        .contains(".header(\"If-Match\", tag)");
  }

  @Test
  void refusesWhatItCannotMakeAsRetrofitWould() throws IOException {
    ProcessorRun result =
        compile(
            "p/Bad.java",
            "package p; import retrofit2.Call; import retrofit2.http.*; import java.util.*;\n"
                + "public interface Bad {\n"
                + "  @GET(\"a/{id}\") Call<String> unencodedPath(@Path(\"id\") String id);\n"
                + "  @GET(\"a\") Call<String> queryMap(@QueryMap Map<String, String> all);\n"
                + "  @GET(\"a\") Call<String> tagged(@Tag Object tag);\n"
                + "  @GET(\"a\") String notACall();\n"
                + "  @GET(\"a\") Call<String> bare(String id);\n"
                + "  @GET(\"a\") Call<String> urlAndPath(@Url String url);\n"
                + "  @GET Call<String> noUrl();\n"
                + "  @POST(\"a\") @FormUrlEncoded Call<String> form();\n"
                + "  @GET(\"a\") @POST(\"b\") Call<String> twoMethods();\n"
                + "}");

    assertThat(result.errors())
        .anyMatch(e -> e.contains("declare @Path(encoded = true)"))
        .anyMatch(e -> e.contains("@QueryMap is not supported"))
        .anyMatch(e -> e.contains("@Tag is not supported"))
        .anyMatch(e -> e.contains("must be retrofit2.Call<T>, not java.lang.String"))
        .anyMatch(e -> e.contains("parameter id of bare has no Retrofit annotation"))
        .anyMatch(e -> e.contains("@Url cannot be used with a path"))
        .anyMatch(e -> e.contains("a method without a path needs an @Url parameter"))
        .anyMatch(e -> e.contains("@FormUrlEncoded is not supported"))
        .anyMatch(e -> e.contains("only one HTTP method is allowed"));
    assertThat(result.wrote("p/BadCalls.java")).isFalse();
  }

  private ProcessorRun compile(String path, String code) throws IOException {
    return ProcessorRun.compile(dir, new ApiCallsProcessor(), STAND_INS, Map.of(path, code));
  }
}
