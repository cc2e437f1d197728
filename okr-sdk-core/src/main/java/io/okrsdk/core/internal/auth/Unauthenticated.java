package io.okrsdk.core.internal.auth;

/**
 * The request tag ({@code okhttp3.Request#tag(Class)}, Retrofit's {@code @Tag}) of a request that
 * must go without the client's credentials, such as the request that obtains a token: the auth
 * interceptors leave it alone and strip any credential header from it.
 */
public enum Unauthenticated {
  /** The one tag value. */
  REQUEST
}
