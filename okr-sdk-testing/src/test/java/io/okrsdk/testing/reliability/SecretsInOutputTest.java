package io.okrsdk.testing.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.okrsdk.core.NotFoundException;
import io.okrsdk.core.OkrDecodingException;
import io.okrsdk.core.OkrNetworkException;
import io.okrsdk.core.ServerErrorException;
import io.okrsdk.core.UnauthorizedException;
import io.okrsdk.core.http.HttpLogLevel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * With logging at its most verbose ({@link HttpLogLevel#BODY}), every platform's client shows no
 * credential (password, API key, token, nor the base64 Basic value) in its log lines, in the
 * message or stack trace of any failure it throws (401, 404, 500, decoding, dropped and refused
 * connections), nor in the {@code toString()} of the client and its services.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class SecretsInOutputTest {
  private final List<String> logLines = new CopyOnWriteArrayList<>();
  private final Logger httpLogger = Logger.getLogger("io.okrsdk.http");
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logLines.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private Level levelBefore;

  @BeforeEach
  void captureHttpLog() {
    levelBefore = httpLogger.getLevel();
    httpLogger.addHandler(capture);
    httpLogger.setLevel(Level.ALL);
    httpLogger.setUseParentHandlers(false);
  }

  @AfterEach
  void releaseHttpLog() {
    httpLogger.removeHandler(capture);
    httpLogger.setLevel(levelBefore);
    httpLogger.setUseParentHandlers(true);
  }

  @ParameterizedTest
  @EnumSource(Platform.Kind.class)
  void noCredentialInLogsExceptionsOrToString(Platform.Kind kind) throws Exception {
    List<String> shown = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    List<String> secrets;
    String credentialHeader;
    boolean writes;
    try (Platform platform = kind.start();
        Platform.Calls calls = platform.open(platform.fakeRoot(), builder -> builder.logLevel(HttpLogLevel.BODY).maxRetries(0))) {
      secrets = platform.secrets();
      credentialHeader = platform.credentialHeaders().get(0);
      writes = platform.writes();
      calls.read();
      if (platform.writes()) {
        calls.write(1);
      }
      platform.fake().faults().failNext(1, 401, null);
      failures.add(catchThrowable(calls::read));
      platform.fake().faults().failNext(1, 404, null);
      failures.add(catchThrowable(calls::read));
      platform.fake().faults().failNext(1, 500, null);
      failures.add(catchThrowable(calls::read));
      platform.fake().faults().malformNext(1);
      failures.add(catchThrowable(calls::read));
      if (platform.writes()) {
        platform.fake().faults().failNext(1, 401, null);
        failures.add(catchThrowable(() -> calls.write(2)));
      }
      // Enough drops for however many attempts are made underneath (see RetryBudgetTest); the
      // rest are reset.
      platform.fake().faults().dropNext(3);
      failures.add(catchThrowable(calls::read));
      platform.fake().faults().reset();
      shown.addAll(textsOf(calls.client()));
    }

    try (Platform platform = kind.start();
        Platform.Calls refused = platform.open(closedPort(), builder -> builder.logLevel(HttpLogLevel.BODY).maxRetries(0))) {
      failures.add(catchThrowable(refused::read));
      shown.addAll(textsOf(refused.client()));
    }

    List<String> expected = new ArrayList<>(List.of(
        UnauthorizedException.class.getSimpleName(), NotFoundException.class.getSimpleName(),
        ServerErrorException.class.getSimpleName(), OkrDecodingException.class.getSimpleName()));
    if (writes) {
      expected.add(UnauthorizedException.class.getSimpleName());
    }
    expected.add(OkrNetworkException.class.getSimpleName());
    expected.add(OkrNetworkException.class.getSimpleName());
    assertThat(failures).map(f -> f == null ? "no failure" : f.getClass().getSimpleName()).containsExactlyElementsOf(expected);
    for (Throwable failure : failures) {
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      shown.add(trace.toString());
    }
    String log = String.join("\n", logLines);
    shown.add(log);

    // The log is really at body level: requests, answers and credential headers (redacted) show.
    assertThat(log).contains("--> GET").contains("<-- 401").contains("<-- 500").contains("injected fault");
    assertThat(log).containsIgnoringCase(credentialHeader + ": REDACTED");

    String everything = String.join("\n", shown);
    for (String secret : secrets) {
      assertThat(everything).as("%s must not show %s", kind, secret).doesNotContain(secret);
    }
  }

  /** A URL on loopback where nothing listens. */
  private static String closedPort() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    return "http://127.0.0.1:" + port + "/";
  }

  /**
   * {@code toString()} of the client and of everything its public no-argument accessors return
   * (its services).
   */
  private static List<String> textsOf(Object client) throws Exception {
    List<String> texts = new ArrayList<>();
    texts.add(client.toString());
    for (Method method : client.getClass().getMethods()) {
      if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
          && method.getDeclaringClass() == client.getClass() && !method.getReturnType().equals(Void.TYPE)
          && !Set.of("close").contains(method.getName())) {
        texts.add(String.valueOf(method.invoke(client)));
      }
    }
    assertThat(texts).as("the client and at least one service").hasSizeGreaterThan(1);
    return texts;
  }
}
