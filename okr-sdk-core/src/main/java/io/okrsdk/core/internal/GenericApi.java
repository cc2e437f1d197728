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
import retrofit2.http.Url;

/**
 * The endpoint-neutral calls behind {@code OkrClient.request(...)}: one method per HTTP method,
 * each through the same Retrofit and OkHttp stack as the typed interfaces, so the request gets the
 * client's credentials, retries, rate limit and error mapping.
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
  Call<ResponseBody> get(@Url String url, @HeaderMap Map<String, String> headers);

  /**
   * DELETE without a body.
   *
   * @param url the absolute URL under the base URL
   * @param headers the request's own headers
   * @return the call
   */
  @DELETE
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
  Call<ResponseBody> patch(@Url String url, @HeaderMap Map<String, String> headers, @retrofit2.http.Body RequestBody body);
}
