package io.okrsdk.core.internal.http;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The first network interceptor: it marks the moment an attempt reaches a connection (a failure
 * before it is known to have sent nothing), and before a write goes onto a reused HTTP/1
 * connection that sat idle for more than 250 ms it checks that the server has not closed it
 * meanwhile.
 *
 * <p>Servers close idle keep-alive connections after 5 to 60 seconds; OkHttp checks a pooled
 * connection only after 10 idle seconds, so a write could go onto a closed one and fail with
 * "unexpected end of stream" although the server saw nothing. The check reads the socket for at
 * most a millisecond: end of stream (or any stray byte on an idle connection) means the
 * connection is unusable; it is closed and the attempt fails as never sent, which {@link
 * RetryInterceptor} repeats at once on another connection. Reads skip the check: they are retried
 * anyway.
 */
public final class ConnectionCheckInterceptor implements Interceptor {
  /**
   * A connection reused sooner than this after its last exchange is not checked: servers close
   * idle connections after seconds, and a busy pool should not pay a millisecond per write.
   */
  static final long CHECK_AFTER_IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

  private final Map<Connection, Long> lastUsed = Collections.synchronizedMap(new WeakHashMap<>());

  /** Creates the interceptor. */
  public ConnectionCheckInterceptor() {}

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Attempt attempt = Attempt.current();
    Connection connection = chain.connection();
    Long last = connection == null ? null : lastUsed.get(connection);
    if (last != null && System.nanoTime() - last > CHECK_AFTER_IDLE_NANOS && !RetryInterceptor.mayRepeat(request)
        && isHttp1(connection) && closedByPeer(connection.socket())) {
      connection.socket().close();
      if (attempt != null) {
        attempt.staleConnection = true;
      }
      throw new StaleConnectionException();
    }
    if (attempt != null) {
      attempt.handedToConnection = true;
    }
    try {
      return chain.proceed(request);
    } finally {
      if (connection != null) {
        lastUsed.put(connection, System.nanoTime());
      }
    }
  }

  private static boolean isHttp1(Connection connection) {
    Protocol protocol = connection.protocol();
    return protocol == Protocol.HTTP_1_1 || protocol == Protocol.HTTP_1_0;
  }

  private static boolean closedByPeer(Socket socket) {
    int previous;
    try {
      previous = socket.getSoTimeout();
    } catch (IOException e) {
      return true;
    }
    try {
      socket.setSoTimeout(1);
      // An idle HTTP/1 connection has nothing to read: end of stream or a stray byte both mean it
      // cannot carry another exchange.
      socket.getInputStream().read();
      return true;
    } catch (SocketTimeoutException healthy) {
      return false;
    } catch (IOException e) {
      return true;
    } finally {
      try {
        socket.setSoTimeout(previous);
      } catch (IOException ignored) {
        // The socket is closed: the exchange will fail and be reported as such.
      }
    }
  }
}
