package io.okrsdk.core.internal.http;

import io.okrsdk.core.http.HttpLogLevel;
import java.io.EOFException;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;
import okio.GzipSource;
import okio.Okio;

/**
 * Logs HTTP exchanges to {@code System.Logger} "io.okrsdk.http" at INFO (the level is opt-in, so
 * enabled output is visible without configuring a logging framework). Installed as a network
 * interceptor after authentication, so it shows what really went over the wire, with credentials
 * redacted.
 *
 * <p>Every record starts with a short call id ({@code [c1a]}) shared by the request and response
 * lines of one call, retries included, so concurrent exchanges can be paired. Bodies are shown as
 * decoded text: a gzip-compressed answer is inflated for the log (at most 16 KiB of it, read from a
 * peek so the caller still gets the whole body); anything that is not text is logged as {@code
 * (binary/compressed, N bytes)}. Control characters never reach the log: they are written as
 * Java-style unicode escapes (backslash, {@code u}, four hex digits).
 */
public final class LoggingInterceptor implements Interceptor {
  private static final long MAX_BODY = 16 * 1024;

  private final HttpLogLevel level;
  private final Redactor redactor;
  private final Logger logger;
  private final AtomicLong calls = new AtomicLong();
  private final Map<Call, String> callIds = Collections.synchronizedMap(new WeakHashMap<>());

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
    String id = "[" + callIds.computeIfAbsent(chain.call(), call -> "c" + Long.toString(calls.incrementAndGet(), 36)) + "] ";
    StringBuilder out = new StringBuilder(id).append("--> ").append(request.method()).append(' ').append(Redactor.url(request.url()));
    if (level != HttpLogLevel.BASIC) {
      appendHeaders(out, request.headers());
    }
    if (level == HttpLogLevel.BODY && request.body() != null) {
      out.append('\n').append(requestBody(request.body()));
    }
    log(out);

    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      log(new StringBuilder(id).append("<-- HTTP FAILED: ").append(e.getClass().getSimpleName()).append(' ')
          .append(Redactor.url(request.url())));
      throw e;
    }
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    StringBuilder in = new StringBuilder(id).append("<-- ").append(response.code()).append(' ')
        .append(Redactor.url(response.request().url())).append(" (").append(tookMs).append(" ms)");
    if (level != HttpLogLevel.BASIC) {
      appendHeaders(in, response.headers());
    }
    if (level == HttpLogLevel.BODY) {
      in.append('\n').append(responseBody(response));
    }
    log(in);
    return response;
  }

  private void log(StringBuilder record) {
    logger.log(Level.INFO, redactor.text(withoutControls(record)));
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
    return describe(buffer, buffer.size(), body.contentType());
  }

  private static String responseBody(Response response) {
    String encoding = response.header("Content-Encoding");
    long wireLength = response.body().contentLength();
    try {
      BufferedSource peek = response.body().source().peek();
      if (encoding != null && encoding.equalsIgnoreCase("gzip")) {
        peek = Okio.buffer(new GzipSource(peek));
      } else if (encoding != null && !encoding.equalsIgnoreCase("identity")) {
        return "(binary/compressed, " + (wireLength < 0 ? "unknown" : wireLength) + " bytes, " + encoding + ")";
      }
      Buffer decoded = new Buffer();
      while (decoded.size() < MAX_BODY + 1 && peek.read(decoded, MAX_BODY + 1 - decoded.size()) != -1) {
        // read up to the limit
      }
      long known = decoded.size() <= MAX_BODY ? decoded.size() : -1;
      return describe(decoded, known, response.body().contentType());
    } catch (EOFException e) {
      return "(body cut short)";
    } catch (IOException e) {
      return "(body not readable: " + e.getClass().getSimpleName() + ")";
    }
  }

  /** Text bodies as text (at most 16 KiB); anything else by its size. */
  private static String describe(Buffer buffer, long size, MediaType type) {
    boolean truncated = buffer.size() > MAX_BODY;
    String sizeText = size < 0 ? "more than " + MAX_BODY : Long.toString(size);
    if (!isText(buffer, type)) {
      return "(binary/compressed, " + sizeText + " bytes)";
    }
    String text = buffer.snapshot((int) Math.min(buffer.size(), MAX_BODY)).string(StandardCharsets.UTF_8);
    return Redactor.body(text) + (truncated ? "… (" + sizeText + " bytes)" : "");
  }

  private static boolean isText(Buffer buffer, MediaType type) {
    if (type != null && !"text".equals(type.type())) {
      String subtype = type.subtype().toLowerCase(Locale.ROOT);
      if (!subtype.contains("json") && !subtype.contains("xml") && !subtype.contains("x-www-form-urlencoded")) {
        return false;
      }
    }
    // Sniff the start: text has no NUL bytes and decodes as UTF-8.
    Buffer sample = buffer.copy();
    long n = Math.min(sample.size(), 512);
    byte[] head;
    try {
      head = sample.readByteArray(n);
    } catch (EOFException impossible) {
      return false;
    }
    for (byte b : head) {
      if (b == 0) {
        return false;
      }
    }
    return true;
  }

  /** Writes control characters (other than line breaks between records' lines) as escapes. */
  private static String withoutControls(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
          || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
      if (control) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
