package io.okrsdk.benchmarks;

import io.okrsdk.testing.FakeGtmhubServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The server of the cold-start benchmark, in a process of its own so that its start-up is not in
 * the figures: a fake Gtmhub on a loopback port that serves until the process is killed.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.okrsdk.benchmarks.ColdStartServer
 * FILE}; the base URL is written to {@code FILE} once the server listens.
 */
public final class ColdStartServer {
  private ColdStartServer() {}

  /**
   * Starts the server and writes its base URL.
   *
   * @param args the file to write the base URL to
   * @throws Exception when the server cannot start or the file cannot be written
   */
  public static void main(String[] args) throws Exception {
    FakeGtmhubServer fake = new FakeGtmhubServer();
    fake.start();
    Path file = Path.of(args[0]);
    Path partial = Path.of(args[0] + ".partial");
    Files.writeString(partial, fake.apiBaseUrl(), StandardCharsets.UTF_8);
    Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    System.out.println(fake.apiBaseUrl());
    Thread.currentThread().join();
  }
}
