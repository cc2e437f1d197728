package io.okrsdk.core.http;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The first network interceptor: it marks the moment an attempt reaches a connection (a failure
 * before it is known to have sent nothing), and before a write goes onto a reused HTTP/1
 * connection it checks that the server has not closed it while it sat in the pool.
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
  private final Set<Connection> used = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  /** Creates the interceptor. */
  public ConnectionCheckInterceptor() {}

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Attempt attempt = request.tag(Attempt.class);
    Connection connection = chain.connection();
    if (connection != null && !used.add(connection) && !RetryInterceptor.mayRepeat(request)
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
    return chain.proceed(request);
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
