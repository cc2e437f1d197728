package io.okrsdk.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;

/**
 * Server sockets whose accepted connections have {@code TCP_NODELAY} set.
 *
 * <p>A mock server writes a response's headers and body in separate small writes; with Nagle's
 * algorithm on, the second write waits for the client's delayed ACK, about 40 ms per request on
 * a reused connection. The fakes use this factory, and so can tests that start their own {@code
 * MockWebServer}: {@code server.setServerSocketFactory(new NoDelayServerSocketFactory())}.
 */
public final class NoDelayServerSocketFactory extends ServerSocketFactory {

  /** Creates the factory. */
  public NoDelayServerSocketFactory() {}

  @Override
  public ServerSocket createServerSocket() throws IOException {
    return new NoDelayServerSocket();
  }

  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    ServerSocket socket = new NoDelayServerSocket();
    socket.bind(new InetSocketAddress(port));
    return socket;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog) throws IOException {
    ServerSocket socket = new NoDelayServerSocket();
    socket.bind(new InetSocketAddress(port), backlog);
    return socket;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
    ServerSocket socket = new NoDelayServerSocket();
    socket.bind(new InetSocketAddress(address, port), backlog);
    return socket;
  }

  /** Sets {@code TCP_NODELAY} on every connection it accepts. */
  private static final class NoDelayServerSocket extends ServerSocket {
    NoDelayServerSocket() throws IOException {
      super();
    }

    @Override
    public Socket accept() throws IOException {
      Socket socket = super.accept();
      socket.setTcpNoDelay(true);
      return socket;
    }
  }
}
