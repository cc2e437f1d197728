package io.okrsdk.testing.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.okrsdk.core.OkrApiException;
import io.okrsdk.core.OkrClientBuilder;
import io.okrsdk.core.OkrNetworkException;
import io.okrsdk.core.RateLimitedException;
import io.okrsdk.core.ServerErrorException;
import io.okrsdk.core.http.RateLimitMode;
import io.okrsdk.core.testsupport.RecordingSleeper;
import io.okrsdk.gtmhub.model.Goal;
import io.okrsdk.testing.FakeGtmhubServer;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Network and status faults met by each platform's real client, with a {@link FaultFront} in
 * front of the platform's fake: reads recover within the retry budget, writes are sent exactly
 * once (the front's request count and the fake's state agree), and every failure is the
 * documented exception. Waits are recorded, never slept; {@code Retry-After} dates are measured
 * against a fixed clock.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class NetworkFaultsTest {
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(300);

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private Platform platform;
  private FaultFront front;
  private Platform.Calls calls;

  private static String httpDate(Duration fromNow) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(NOW.plus(fromNow), ZoneOffset.UTC));
  }

  private Platform.Calls start(Platform.Kind kind, Consumer<OkrClientBuilder<?>> options) {
    platform = kind.start();
    front = new FaultFront(platform.fakeRoot());
    calls = platform.open(front.url(), builder -> {
      // These tests pin the retry policy's own waits; the shared rate limiter's pauses and pacing
      // after a 429 are tested on their own (RateLimitTest, RateLimitedFakeTest).
      builder.sleeper(sleeper).clock(CLOCK).rateLimit(RateLimitMode.off());
      options.accept(builder);
    });
    return calls;
  }

  private Platform.Calls start(Platform.Kind kind) {
    return start(kind, builder -> {});
  }

  private Object readFromTheFakeDirectly() {
    try (Platform.Calls direct = platform.open(platform.fakeRoot(), builder -> {})) {
      return direct.read();
    }
  }

  @AfterEach
  void stop() {
    if (calls != null) {
      calls.close();
    }
    if (front != null) {
      front.close();
    }
    if (platform != null) {
      platform.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Platform.Kind.class)
  void aReadRecoversFromA429AndA503WithRetryAfterInSecondsAndAsAnHttpDate(Platform.Kind kind) {
    start(kind);
    front.error(429, "2", "req-1").error(503, httpDate(Duration.ofSeconds(5)), "req-2");

    Object read = calls.read();

    assertThat(read).isEqualTo(readFromTheFakeDirectly());
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(5));
    assertThat(front.requestCount()).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Platform.Kind.class)
  void aStormLongerThanTheBudgetSurfacesTheLastErrorWithStatusRequestIdAndRetryAfter(Platform.Kind kind) {
    start(kind);
    front.error(429, "1", "req-1").error(429, "1", "req-2").error(503, httpDate(Duration.ofSeconds(7)), "req-3");

    Throwable serverError = catchThrowable(calls::read);

    assertThat(serverError).isInstanceOfSatisfying(ServerErrorException.class, e -> {
      assertThat(e.statusCode()).isEqualTo(503);
      assertThat(e.requestId()).hasValue("req-3");
      assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(7));
    });
    assertThat(front.requestCount()).isEqualTo(3);

    front.error(503, null, "req-4").error(503, null, "req-5").error(429, httpDate(Duration.ofSeconds(9)), "req-6");
    Throwable rateLimited = catchThrowable(calls::read);

    assertThat(rateLimited).isInstanceOfSatisfying(RateLimitedException.class, e -> {
      assertThat(e.statusCode()).isEqualTo(429);
      assertThat(e.requestId()).hasValue("req-6");
      assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(9));
    });
    assertThat(front.requestCount()).isEqualTo(6);
    assertThat(sleeper.waits()).hasSize(4).startsWith(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @ParameterizedTest
  @EnumSource(Platform.Kind.class)
  void aRetryAfterBeyondTheCapIsGivenToTheCallerAtOnce(Platform.Kind kind) {
    start(kind);
    front.error(503, httpDate(Duration.ofMinutes(10)), "req-1");

    Throwable failure = catchThrowable(calls::read);

    assertThat(failure).isInstanceOfSatisfying(ServerErrorException.class,
        e -> assertThat(e.retryAfter()).hasValue(Duration.ofMinutes(10)));
    assertThat(front.requestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Platform.Kind.class)
  void aReadRecoversFromARefusedConnectionAndAConnectionDroppedAfterTheRequestWasSent(Platform.Kind kind) {
    RefusingSocketFactory refusing = new RefusingSocketFactory(1);
    OkHttpClient http = new OkHttpClient.Builder().socketFactory(refusing).build();
    try {
      start(kind, builder -> builder.httpClient(http));
      front.dropWithoutForward();

      Object read = calls.read();

      assertThat(read).isEqualTo(readFromTheFakeDirectly());
      assertThat(refusing.refused()).isEqualTo(1);
      assertThat(sleeper.waits()).hasSize(2);
      assertThat(front.requestCount()).isEqualTo(2);
    } finally {
      http.connectionPool().evictAll();
    }
  }

  @ParameterizedTest
  @EnumSource(Platform.Kind.class)
  void aReadWhoseConnectionKeepsDroppingSurfacesAsANetworkError(Platform.Kind kind) {
    start(kind);
    front.dropWithoutForward().dropWithoutForward().dropWithoutForward();

    Throwable failure = catchThrowable(calls::read);

    assertThat(failure).isInstanceOf(OkrNetworkException.class);
    assertThat(((OkrNetworkException) failure).method()).isEqualTo("GET");
    assertThat(front.requestCount()).isEqualTo(3);
    assertThat(sleeper.waits()).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(Platform.Kind.class)
  void aSlowBodyOnEveryAttemptIsANetworkErrorAndTheClientStaysUsable(Platform.Kind kind) {
    start(kind, builder -> builder.readTimeout(SHORT_READ_TIMEOUT));
    // The first attempt and both retries meet a body slower than the read timeout.
    front.slowBodyAfterForward().slowBodyAfterForward().slowBodyAfterForward();

    Throwable failure = catchThrowable(calls::read);

    assertThat(failure).isInstanceOf(OkrNetworkException.class).hasCauseInstanceOf(SocketTimeoutException.class);
    assertThat(calls.read()).isEqualTo(readFromTheFakeDirectly());
  }

  @ParameterizedTest
  @EnumSource(Platform.Kind.class)
  void aReadWhoseBodyIsSlowOnceIsRetriedAndRecovers(Platform.Kind kind) {
    start(kind, builder -> builder.readTimeout(SHORT_READ_TIMEOUT));
    front.slowBodyAfterForward();

    assertThat(calls.read()).isEqualTo(readFromTheFakeDirectly());
  }

  @ParameterizedTest
  @EnumSource(Platform.Kind.class)
  void aBodyThatNeverEndsIsANetworkErrorAndTheClientStaysUsable(Platform.Kind kind) {
    start(kind, builder -> builder.readTimeout(SHORT_READ_TIMEOUT));
    // A stalled body, a body shorter than its Content-Length, and a stalled body again: the read
    // and both retries fail, and the caller gets the timeout.
    front.stallAfterForward().shortBodyAfterForward().stallAfterForward();

    assertThat(catchThrowable(calls::read)).isInstanceOf(OkrNetworkException.class)
        .hasCauseInstanceOf(SocketTimeoutException.class);
    assertThat(calls.read()).isEqualTo(readFromTheFakeDirectly());
  }

  @ParameterizedTest
  @EnumSource(value = Platform.Kind.class, names = {"OGSM", "GTMHUB", "JIRA"})
  void aWriteMeetingA429OrA503IsSentOnceAndNotWritten(Platform.Kind kind) {
    start(kind);
    int before = platform.writeCount();
    front.error(429, "1", "req-w1").error(503, httpDate(Duration.ofSeconds(3)), "req-w2");

    Throwable rateLimited = catchThrowable(() -> calls.write(1));
    Throwable unavailable = catchThrowable(() -> calls.write(2));

    assertThat(rateLimited).isInstanceOfSatisfying(RateLimitedException.class, e -> {
      assertThat(e.requestId()).hasValue("req-w1");
      assertThat(e.method()).isEqualTo("POST");
    });
    assertThat(unavailable).isInstanceOfSatisfying(ServerErrorException.class, e -> {
      assertThat(e.requestId()).hasValue("req-w2");
      assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(3));
    });
    assertThat(front.requestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).isEmpty();
    assertThat(platform.writeCount()).isEqualTo(before);
  }

  @ParameterizedTest
  @EnumSource(value = Platform.Kind.class, names = {"OGSM", "GTMHUB", "JIRA"})
  void aWriteWhoseAnswerIsLostIsSentOnceAndWrittenOnce(Platform.Kind kind) {
    start(kind);
    int before = platform.writeCount();
    front.dropAfterForward();

    Throwable failure = catchThrowable(() -> calls.write(1));

    assertThat(failure).isInstanceOfSatisfying(OkrNetworkException.class, e -> assertThat(e.method()).isEqualTo("POST"));
    assertThat(front.requestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
    assertThat(platform.writeCount()).isEqualTo(before + 1);
  }

  @ParameterizedTest
  @EnumSource(value = Platform.Kind.class, names = {"OGSM", "GTMHUB", "JIRA"})
  void aWriteWhoseAnswerNeverEndsIsSentOnceAndWrittenOnce(Platform.Kind kind) {
    start(kind, builder -> builder.readTimeout(SHORT_READ_TIMEOUT));
    int before = platform.writeCount();
    front.shortBodyAfterForward().slowBodyAfterForward();

    assertThat(catchThrowable(() -> calls.write(1))).isInstanceOf(OkrNetworkException.class)
        .hasCauseInstanceOf(SocketTimeoutException.class);
    assertThat(catchThrowable(() -> calls.write(2))).isInstanceOf(OkrNetworkException.class)
        .hasCauseInstanceOf(SocketTimeoutException.class);

    assertThat(front.requestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).isEmpty();
    assertThat(platform.writeCount()).isEqualTo(before + 2);
  }

  @ParameterizedTest
  @EnumSource(value = Platform.Kind.class, names = {"OGSM", "GTMHUB", "JIRA"})
  void aWriteIsRetriedOnlyWhileTheConnectionIsRefusedAndThenWrittenOnce(Platform.Kind kind) {
    RefusingSocketFactory refusing = new RefusingSocketFactory(2);
    OkHttpClient http = new OkHttpClient.Builder().socketFactory(refusing).build();
    try {
      start(kind, builder -> builder.httpClient(http));
        int before = platform.writeCount();

      assertThat(calls.write(1)).isNotNull();

      assertThat(refusing.refused()).isEqualTo(2);
      assertThat(sleeper.waits()).hasSize(2);
      assertThat(front.requestCount()).isEqualTo(1);
      assertThat(platform.writeCount()).isEqualTo(before + 1);
    } finally {
      http.connectionPool().evictAll();
    }
  }

  @ParameterizedTest
  @EnumSource(Platform.Kind.class)
  void aConnectionRefusedBeyondTheBudgetIsANetworkError(Platform.Kind kind) {
    RefusingSocketFactory refusing = new RefusingSocketFactory(3);
    OkHttpClient http = new OkHttpClient.Builder().socketFactory(refusing).build();
    try {
      start(kind, builder -> builder.httpClient(http));

      Throwable failure = catchThrowable(calls::read);

      assertThat(failure).isInstanceOf(OkrNetworkException.class).hasRootCauseInstanceOf(ConnectException.class);
      assertThat(front.requestCount()).isZero();
      assertThat(sleeper.waits()).hasSize(2);
    } finally {
      http.connectionPool().evictAll();
    }
  }

  @Test
  void aGtmhubPatchWhoseAnswerIsLostIsSentOnceAndAppliedOnce() {
    start(Platform.Kind.GTMHUB);
    front.dropAfterForward().error(503, "1", "req-p");

    Throwable lost = catchThrowable(() -> Platform.Gtmhub.patch(calls.client(), "Patched once"));
    Throwable unavailable = catchThrowable(() -> Platform.Gtmhub.patch(calls.client(), "Never applied"));

    assertThat(lost).isInstanceOfSatisfying(OkrNetworkException.class, e -> assertThat(e.method()).isEqualTo("PATCH"));
    assertThat(unavailable).isInstanceOfSatisfying(OkrApiException.class, e -> {
      assertThat(e.statusCode()).isEqualTo(503);
      assertThat(e.requestId()).hasValue("req-p");
    });
    assertThat(front.requestLines()).containsExactly(
        "PATCH /api/v1/goals/" + FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID,
        "PATCH /api/v1/goals/" + FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID);
    assertThat(sleeper.waits()).isEmpty();
    assertThat(((Goal) readFromTheFakeDirectly()).name()).hasValue("Patched once");
  }
}
