package io.okrsdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.testing.FakeGtmhubServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards the path of a new process's first call (the cold-start benchmark's {@code ColdStartSdk}:
 * build a Gtmhub client, read one goal) against what made it slow before. Every class loaded there
 * costs a cold start 0.2–0.5 ms, and the rules that keep the path short (okr-sdk-core's README) are
 * easy to break without noticing: this runs the program in a new JVM with its class loading logged
 * and checks the list, not a time.
 */
@Timeout(120)
class FirstCallClassesTest {
  /** The SDK classes the path loads today is 136; a change that adds many has to say why here. */
  private static final int MAX_SDK_CLASSES = 145;

  private static FakeGtmhubServer server;
  private static List<String> loaded;
  private static String output;

  @BeforeAll
  static void runFirstCall(@TempDir Path dir) throws IOException, InterruptedException {
    server = new FakeGtmhubServer();
    server.start();
    Path log = dir.resolve("classes.log");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-Xlog:class+load=info:file=" + log,
                "-cp",
                System.getProperty("java.class.path"),
                ColdStartSdk.class.getName(),
                server.apiBaseUrl())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("out.txt").toFile())
            .start();
    boolean ended = process.waitFor(60, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly();
    }
    output = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
    assertThat(ended).as("the program ends within 60 s: " + output).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    loaded =
        Files.readAllLines(log, StandardCharsets.UTF_8).stream()
            .map(line -> line.substring(line.indexOf("] ") + 2))
            .map(line -> line.substring(0, line.indexOf(' ')))
            .collect(Collectors.toList());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void readsTheGoal() {
    assertThat(output).contains("Grow annual recurring revenue to $12M");
  }

  @Test
  void spinsNoClassAtRunTimeButTheServiceAccessors() {
    // A lambda or method reference spins a class on its first use; only the accessor's
    // r -> new GoalService(...) is left on this path.
    assertThat(sdkClasses().stream().filter(name -> name.contains("$$Lambda")))
        .allMatch(name -> name.startsWith("io.okrsdk.gtmhub.GtmhubClient$$Lambda"))
        .hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void loadsNothingOnlyAFailureOrAnOptionNeeds() {
    assertThat(sdkClasses())
        .doesNotContain(
            "io.okrsdk.core.internal.http.ErrorMapper",
            "io.okrsdk.core.internal.http.LoggingInterceptor",
            "io.okrsdk.gtmhub.internal.GoalPatchJson",
            "io.okrsdk.core.http.RateLimitMode$1");
    // Reading a resource opens the jar again through a URL connection.
    assertThat(loaded).doesNotContain("sun.net.www.protocol.jar.JarURLConnection");
  }

  @Test
  void loadsAFewClassesOfItsOwn() {
    assertThat(sdkClasses())
        .as("SDK classes loaded by a client's build and first call (see okr-sdk-core/README.md)")
        .hasSizeLessThanOrEqualTo(MAX_SDK_CLASSES)
        .contains("io.okrsdk.gtmhub.model.ImmutableGoal");
  }

  private static List<String> sdkClasses() {
    return loaded.stream()
        .filter(name -> name.startsWith("io.okrsdk.") && !name.startsWith("io.okrsdk.benchmarks."))
        .collect(Collectors.toList());
  }
}
