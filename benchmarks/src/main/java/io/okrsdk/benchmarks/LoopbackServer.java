package io.okrsdk.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockWebServer;

/**
 * A started loopback MockWebServer whose accepted sockets have {@code TCP_NODELAY} set, as
 * production HTTP servers do. Without it, the server's separate header and body writes meet the
 * client's delayed acknowledgement and every response stalls for about 40 ms on Linux, which would
 * swamp what the benchmarks measure.
 */
final class LoopbackServer {
  private LoopbackServer() {}

  static MockWebServer start(Dispatcher dispatcher) throws IOException {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.setDispatcher(dispatcher);
    server.start();
    return server;
  }

  private static final class NoDelayServerSocketFactory extends ServerSocketFactory {
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
  }

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
