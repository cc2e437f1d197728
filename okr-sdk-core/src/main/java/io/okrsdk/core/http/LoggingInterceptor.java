package io.okrsdk.core.http;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * Logs HTTP exchanges to {@code System.Logger} "io.okrsdk.http" at INFO (the level is opt-in, so
 * enabled output is visible without configuring a logging framework). Installed as a network
 * interceptor after authentication, so it shows what really went over the wire, with credentials
 * redacted.
 */
public final class LoggingInterceptor implements Interceptor {
  private static final long MAX_BODY = 16 * 1024;

  private final HttpLogLevel level;
  private final Redactor redactor;
  private final Logger logger;

  /**
   * Creates the interceptor.
   *
   * @param level what to log
   * @param redactor what to hide
   * @param logger where to log
   */
  public LoggingInterceptor(HttpLogLevel level, Redactor redactor, Logger logger) {
    this.level = level;
    this.redactor = redactor;
    this.logger = logger;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (level == HttpLogLevel.NONE || !logger.isLoggable(Level.INFO)) {
      return chain.proceed(request);
    }
    StringBuilder out = new StringBuilder("--> ").append(request.method()).append(' ').append(Redactor.url(request.url()));
    if (level != HttpLogLevel.BASIC) {
      appendHeaders(out, request.headers());
    }
    if (level == HttpLogLevel.BODY && request.body() != null) {
      out.append('\n').append(requestBody(request.body()));
    }
    logger.log(Level.INFO, out.toString());

    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      logger.log(Level.INFO, "<-- HTTP FAILED: " + e.getClass().getSimpleName() + " " + Redactor.url(request.url()));
      throw e;
    }
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    StringBuilder in = new StringBuilder("<-- ").append(response.code()).append(' ')
        .append(Redactor.url(response.request().url())).append(" (").append(tookMs).append(" ms)");
    if (level != HttpLogLevel.BASIC) {
      appendHeaders(in, response.headers());
    }
    if (level == HttpLogLevel.BODY) {
      in.append('\n').append(Redactor.body(response.peekBody(MAX_BODY).string()));
    }
    logger.log(Level.INFO, in.toString());
    return response;
  }

  private void appendHeaders(StringBuilder out, Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      out.append('\n').append(headers.name(i)).append(": ").append(redactor.header(headers.name(i), headers.value(i)));
    }
  }

  private static String requestBody(RequestBody body) throws IOException {
    if (body.isDuplex()) {
      return "(duplex body not logged)";
    }
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    long size = buffer.size();
    String text = buffer.readString(Math.min(size, MAX_BODY), StandardCharsets.UTF_8);
    return Redactor.body(text) + (size > MAX_BODY ? "… (" + size + " bytes)" : "");
  }
}
