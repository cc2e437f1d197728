package io.okrsdk.testing.reliability;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.SocketFactory;

/**
 * Client sockets whose first {@code n} connection attempts are refused, as by a server that is
 * not listening yet: the request is certainly not sent. Later attempts connect normally.
 */
final class RefusingSocketFactory extends SocketFactory {
  private final AtomicInteger refusalsLeft;
  private final AtomicInteger refused = new AtomicInteger();

  RefusingSocketFactory(int refusals) {
    this.refusalsLeft = new AtomicInteger(refusals);
  }

  /** How many attempts were refused so far. */
  int refused() {
    return refused.get();
  }

  @Override
  public Socket createSocket() {
    return new Socket() {
      @Override
      public void connect(SocketAddress endpoint, int timeout) throws IOException {
        if (refusalsLeft.getAndDecrement() > 0) {
          refused.incrementAndGet();
          throw new ConnectException("Connection refused (scripted)");
        }
        super.connect(endpoint, timeout);
      }
    };
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    Socket socket = createSocket();
    socket.connect(new java.net.InetSocketAddress(host, port));
    return socket;
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
    return createSocket(host, port);
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    Socket socket = createSocket();
    socket.connect(new java.net.InetSocketAddress(host, port));
    return socket;
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
    return createSocket(address, port);
  }
}
