package com.example.logging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.okrsdk.core.http.HttpLogLevel;
import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.testing.FakeGtmhubServer;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

class SdkLogsReachLogbackTest {
  @RegisterExtension final FakeGtmhubServer gtmhub = new FakeGtmhubServer();

  @Test
  void requestLinesArriveInLogbackWithoutTheToken() {
    Logger http = (Logger) LoggerFactory.getLogger("io.okrsdk.http");
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    http.addAppender(captured);
    try (GtmhubClient client = GtmhubClient.builder()
        .baseUrl(gtmhub.baseUrl())
        .credentials(FakeGtmhubServer.TOKEN, FakeGtmhubServer.ACCOUNT_ID)
        .logLevel(HttpLogLevel.HEADERS)
        .build()) {
      client.goals().get(FakeGtmhubServer.SEEDED_APPROVED_GOAL_ID);
    } finally {
      http.detachAppender(captured);
    }
    List<String> lines = captured.list.stream().map(ILoggingEvent::getFormattedMessage).collect(Collectors.toList());
    assertTrue(lines.stream().anyMatch(line -> line.contains("GET") && line.contains("/goals/")),
        "a request line reached Logback: " + lines);
    assertFalse(lines.stream().anyMatch(line -> line.contains(FakeGtmhubServer.TOKEN)),
        "the token never reaches a log: " + lines);
  }
}
