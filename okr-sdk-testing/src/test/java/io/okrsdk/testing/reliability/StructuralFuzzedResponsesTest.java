package io.okrsdk.testing.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.okrsdk.core.OkrClientBuilder;
import io.okrsdk.core.OkrDecodingException;
import io.okrsdk.core.json.DecodingMode;
import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.perform.PerformClient;
import io.okrsdk.testing.NoDelayServerSocketFactory;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every response type of {@link FuzzedResponsesTest}, with seeded structural mutations of one
 * field at a time (type swaps, object↔array, null, left out — identity fields included — and huge
 * strings) and of the root (envelope↔bare array), each decoded by a tolerant and a strict client.
 *
 * <p>What must hold for every variant: each mode returns a model or throws {@link
 * OkrDecodingException} naming a JSON path on the way to the damage (never another exception,
 * never a hang: bounded preemptively); what strict mode accepts, tolerant mode accepts; and what
 * tolerant mode accepts but strict mode refuses is visible in some model's {@code unrecognized()}.
 */
class StructuralFuzzedResponsesTest {
  private static final int VARIANTS = 60;
  private static final long SEED = 20261202L;
  /** A guard only a hang or a super-linear step could miss: 120 calls of a few KB each. */
  private static final Duration GUARD = Duration.ofSeconds(90);

  @StartStop final MockWebServer server = newServer();
  private final Deque<String> bodies = new ArrayDeque<>();

  private static MockWebServer newServer() {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    return server;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.okrsdk.testing.reliability.FuzzedResponsesTest#perform")
  void performResponses(ResponseProbe<PerformClient> probe) {
    fuzz(probe, mode -> configure(PerformClient.builder().credentials("u", "p"), mode).build());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.okrsdk.testing.reliability.FuzzedResponsesTest#ogsm")
  void ogsmResponses(ResponseProbe<OgsmClient> probe) {
    fuzz(probe, mode -> configure(OgsmClient.builder().credentials("u", "p"), mode).build());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.okrsdk.testing.reliability.FuzzedResponsesTest#gtmhub")
  void gtmhubResponses(ResponseProbe<GtmhubClient> probe) {
    fuzz(probe, mode -> configure(GtmhubClient.builder().credentials("t", "acc"), mode).build());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.okrsdk.testing.reliability.FuzzedResponsesTest#jira")
  void jiraResponses(ResponseProbe<OkrForJiraClient> probe) {
    fuzz(probe, mode -> configure(OkrForJiraClient.builder().apiToken("t"), mode).build());
  }

  private <B extends OkrClientBuilder<B>> B configure(B builder, DecodingMode mode) {
    return builder.baseUrl(base()).maxRetries(0).decodingMode(mode);
  }

  /** One mode's outcome: the result, or what was thrown. */
  private static final class Outcome {
    final Object value;
    final Throwable failure;
    final List<String> log;

    Outcome(Object value, Throwable failure, List<String> log) {
      this.value = value;
      this.failure = failure;
      this.log = log;
    }
  }

  private <C extends AutoCloseable> void fuzz(ResponseProbe<C> probe, Function<DecodingMode, C> clients) {
    List<StructuralMutator.Variant> variants = new StructuralMutator(SEED ^ probe.name.hashCode()).variants(probe.validBody, VARIANTS);
    assertThat(variants).isNotEmpty();
    C tolerant = clients.apply(DecodingMode.TOLERANT);
    C strict = clients.apply(DecodingMode.STRICT);
    try (tolerant; strict) {
      assertTimeoutPreemptively(GUARD, () -> {
        enqueue(probe.validBody);
        assertThat(probe.call.apply(strict)).as("the valid body decodes strictly").isNotNull();
        for (StructuralMutator.Variant variant : variants) {
          Outcome lenient = decode(probe, tolerant, variant);
          Outcome exact = decode(probe, strict, variant);
          if (exact.failure == null) {
            assertThat(lenient.failure).as("%s %s: strict accepted it, tolerant must too", probe, variant).isNull();
          }
          if (lenient.failure == null && exact.failure != null) {
            boolean inModel = ModelGraph.of(lenient.value).stream().anyMatch(model -> !model.unrecognized().isEmpty());
            // A dropped element of a bare-array body has no model to hold it: the call's log says.
            boolean logged = lenient.log.stream().anyMatch(line -> line.contains(variant.path));
            assertThat(inModel || logged)
                .as("%s %s: accepted only by tolerant mode, so it shows in unrecognized() or the log %s", probe, variant, lenient.log)
                .isTrue();
          }
        }
      });
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private <C> Outcome decode(ResponseProbe<C> probe, C client, StructuralMutator.Variant variant) {
    enqueue(variant.body);
    Object[] value = new Object[1];
    List<String> log = new CopyOnWriteArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        log.add(String.valueOf(record.getMessage()));
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger json = Logger.getLogger("io.okrsdk.json");
    Level level = json.getLevel();
    json.addHandler(capture);
    json.setLevel(Level.ALL);
    Throwable failure;
    try {
      failure = catchThrowable(() -> value[0] = probe.call.apply(client));
    } finally {
      json.removeHandler(capture);
      json.setLevel(level);
    }
    if (failure != null) {
      assertThat(failure).as("%s %s, body: %.300s", probe, variant, variant.body).isInstanceOf(OkrDecodingException.class);
      assertThat(((OkrDecodingException) failure).jsonPath())
          .as("%s %s: %s", probe, variant, failure.getMessage())
          .hasValueSatisfying(path -> assertThat(variant.path.startsWith(path) || path.startsWith(variant.path))
              .as("failure at %s names the damage at %s", path, variant.path)
              .isTrue());
    }
    return new Outcome(value[0], failure, log);
  }

  private String base() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String body;
            synchronized (bodies) {
              body = bodies.poll();
            }
            return new MockResponse.Builder()
                .code(body == null ? 500 : request.getMethod().equals("POST") ? 201 : 200)
                .addHeader("Content-Type", "application/json")
                .body(body == null ? "{}" : body)
                .build();
          }
        });
    return server.url("/").toString();
  }

  private void enqueue(String body) {
    synchronized (bodies) {
      bodies.add(body);
    }
  }
}
