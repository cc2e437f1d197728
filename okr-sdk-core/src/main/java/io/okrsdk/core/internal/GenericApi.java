package io.okrsdk.core.internal;

import java.util.Map;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HTTP;
import retrofit2.http.HeaderMap;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Streaming;
import retrofit2.http.Url;

/**
 * The endpoint-neutral calls behind {@code OkrClient.request(...)}: one method per HTTP method,
 * each through the same stack as the typed interfaces, so the request gets the
 * client's credentials, retries, rate limit and error mapping. Every answer is streamed: a buffered answer
 * would otherwise read a whole body into memory before the SDK's size limit could refuse it.
 */
public interface GenericApi {
  /**
   * GET.
   *
   * @param url the absolute URL under the base URL
   * @param headers the request's own headers
   * @return the call
   */
  @GET
  @Streaming
  Call<ResponseBody> get(@Url String url, @HeaderMap Map<String, String> headers);

  /**
   * DELETE without a body.
   *
   * @param url the absolute URL under the base URL
   * @param headers the request's own headers
   * @return the call
   */
  @DELETE
  @Streaming
  Call<ResponseBody> delete(@Url String url, @HeaderMap Map<String, String> headers);

  /**
   * DELETE with a body (never re-sent, like a write).
   *
   * @param url the absolute URL under the base URL
   * @param headers the request's own headers
   * @param body the body
   * @return the call
   */
  @HTTP(method = "DELETE", hasBody = true)
  @Streaming
  Call<ResponseBody> delete(@Url String url, @HeaderMap Map<String, String> headers, @retrofit2.http.Body RequestBody body);

  /**
   * POST.
   *
   * @param url the absolute URL under the base URL
   * @param headers the request's own headers
   * @param body the body
   * @return the call
   */
  @POST
  @Streaming
  Call<ResponseBody> post(@Url String url, @HeaderMap Map<String, String> headers, @retrofit2.http.Body RequestBody body);

  /**
   * PUT.
   *
   * @param url the absolute URL under the base URL
   * @param headers the request's own headers
   * @param body the body
   * @return the call
   */
  @PUT
  @Streaming
  Call<ResponseBody> put(@Url String url, @HeaderMap Map<String, String> headers, @retrofit2.http.Body RequestBody body);

  /**
   * PATCH.
   *
   * @param url the absolute URL under the base URL
   * @param headers the request's own headers
   * @param body the body
   * @return the call
   */
  @PATCH
  @Streaming
  Call<ResponseBody> patch(@Url String url, @HeaderMap Map<String, String> headers, @retrofit2.http.Body RequestBody body);
}
