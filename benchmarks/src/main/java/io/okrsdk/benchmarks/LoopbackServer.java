package io.okrsdk.benchmarks;

import io.okrsdk.testing.NoDelayServerSocketFactory;
import java.io.IOException;
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
}
