package io.okrsdk.testing.reliability;

import io.okrsdk.testing.NoDelayServerSocketFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * A server on loopback in front of a fake platform server. It answers a script of faults first
 * and forwards everything else to the fake, so a client meets network and status faults while the
 * fake keeps the real state (and proves whether a write happened once, twice or not at all).
 *
 * <p>Scripted steps are used one per request, in order. Steps named {@code ...AfterForward} first
 * pass the request to the fake (the write happens there) and then spoil the answer, which is the
 * case a client cannot tell from a lost request.
 */
final class FaultFront implements AutoCloseable {
  private static final Set<String> HOP_HEADERS =
      Set.of("host", "content-length", "connection", "transfer-encoding", "accept-encoding", "keep-alive");

  private final MockWebServer server = new MockWebServer();
  private final HttpUrl target;
  private final OkHttpClient forwarder = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
  private final Deque<Function<RecordedRequest, MockResponse>> script = new ArrayDeque<>();
  private final List<String> requestLines = new CopyOnWriteArrayList<>();

  /**
   * Starts the front for a fake.
   *
   * @param targetRoot the fake's root URL, ending in {@code /}
   */
  FaultFront(String targetRoot) {
    this.target = HttpUrl.get(targetRoot);
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            requestLines.add(request.getMethod() + " " + request.getUrl().encodedPath());
            Function<RecordedRequest, MockResponse> step;
            synchronized (script) {
              step = script.poll();
            }
            return step == null ? forward(request) : step.apply(request);
          }
        });
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The front's root URL: clients use it as their base URL. */
  String url() {
    return server.url("/").toString();
  }

  /** Requests that reached the front, faults included. */
  int requestCount() {
    return server.getRequestCount();
  }

  /** "METHOD /path" of every request that reached the front, in order. */
  List<String> requestLines() {
    return List.copyOf(requestLines);
  }

  /** Answers the next request with an error status; nothing reaches the fake. */
  FaultFront error(int status, String retryAfter, String requestId) {
    return step(
        request -> {
          MockResponse.Builder error =
              new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                  .body("{\"error\":\"scripted " + status + "\"}");
          if (retryAfter != null) {
            error.addHeader("Retry-After", retryAfter);
          }
          if (requestId != null) {
            error.addHeader("X-Request-Id", requestId);
          }
          return error.build();
        });
  }

  /** Reads the next request and closes the connection without answering; nothing reaches the fake. */
  FaultFront dropWithoutForward() {
    return step(request -> new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
  }

  /** Forwards the next request to the fake, then closes the connection instead of answering. */
  FaultFront dropAfterForward() {
    return step(
        request -> {
          forward(request);
          return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
        });
  }

  /**
   * Forwards the next request, then sends the fake's status, headers and whole body under a
   * Content-Length 1000 bytes larger, so the body never ends.
   */
  FaultFront shortBodyAfterForward() {
    return step(
        request -> {
          MockResponse real = forward(request);
          long length = real.getBody() == null ? 0 : real.getBody().getContentLength();
          return real.newBuilder().setHeader("Content-Length", length + 1000).build();
        });
  }

  /** Forwards the next request, then sends the fake's headers and stalls before the body. */
  FaultFront stallAfterForward() {
    return step(request -> forward(request).newBuilder().onResponseBody(SocketEffect.Stall.INSTANCE).build());
  }

  /** Forwards the next request, then sends the fake's answer one byte per second. */
  FaultFront slowBodyAfterForward() {
    return step(request -> forward(request).newBuilder().throttleBody(1, 1, TimeUnit.SECONDS).build());
  }

  private FaultFront step(Function<RecordedRequest, MockResponse> step) {
    synchronized (script) {
      script.add(step);
    }
    return this;
  }

  private MockResponse forward(RecordedRequest request) {
    HttpUrl url = request.getUrl();
    HttpUrl.Builder to = target.newBuilder().encodedPath(url.encodedPath()).encodedQuery(url.encodedQuery());
    Headers.Builder headers = new Headers.Builder();
    Headers in = request.getHeaders();
    for (int i = 0; i < in.size(); i++) {
      if (!HOP_HEADERS.contains(in.name(i).toLowerCase(Locale.ROOT))) {
        headers.add(in.name(i), in.value(i));
      }
    }
    RequestBody body = null;
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      String type = in.get("Content-Type");
      body = RequestBody.create(
          request.getBody() == null ? okio.ByteString.EMPTY : request.getBody(), type == null ? null : MediaType.parse(type));
    }
    Request outgoing = new Request.Builder().url(to.build()).headers(headers.build()).method(request.getMethod(), body).build();
    try (Response response = forwarder.newCall(outgoing).execute()) {
      MockResponse.Builder answer = new MockResponse.Builder().code(response.code());
      for (int i = 0; i < response.headers().size(); i++) {
        String name = response.headers().name(i);
        if (!HOP_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
          answer.addHeader(name, response.headers().value(i));
        }
      }
      ResponseBody responseBody = response.body();
      return answer.body(new okio.Buffer().write(responseBody.bytes())).build();
    } catch (IOException e) {
      throw new UncheckedIOException("the fake behind the front failed", e);
    }
  }

  @Override
  public void close() {
    server.close();
    forwarder.dispatcher().executorService().shutdown();
    forwarder.connectionPool().evictAll();
  }
}
