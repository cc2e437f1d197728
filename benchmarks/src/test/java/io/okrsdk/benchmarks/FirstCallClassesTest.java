package io.okrsdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.internal.FirstCallClasses;
import io.okrsdk.gtmhub.internal.GtmhubFirstCallClasses;
import io.okrsdk.jira.internal.OkrForJiraFirstCallClasses;
import io.okrsdk.ogsm.internal.OgsmFirstCallClasses;
import io.okrsdk.perform.internal.PerformFirstCallClasses;
import io.okrsdk.testing.FakeGtmhubServer;
import io.okrsdk.testing.FakeOgsmServer;
import io.okrsdk.testing.FakeOkrForJiraServer;
import io.okrsdk.testing.FakePerformServer;
import io.okrsdk.testing.FakeServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards the path of a new process's first call (the cold-start benchmark's {@code ColdStartSdk}:
 * build a Gtmhub client, read one goal, and {@link FirstCallProgram}'s first call on each other
 * platform) against what made it slow before. Every class loaded there costs a cold start 0.2–0.5
 * ms, and the rules that keep the path short (okr-sdk-core's README) are easy to break without
 * noticing: this runs each program in a new JVM with its class loading logged and checks the list,
 * not a time.
 */
@Timeout(300)
class FirstCallClassesTest {
  /** The SDK classes the path loads today is 139; a change that adds many has to say why here. */
  private static final int MAX_SDK_CLASSES = 145;

  private static FakeGtmhubServer server;
  private static List<String> loaded;
  private static String output;

  @BeforeAll
  static void runFirstCall(@TempDir Path dir) throws IOException, InterruptedException {
    server = new FakeGtmhubServer();
    server.start();
    loaded = run(dir, "gtmhub", ColdStartSdk.class.getName(), server.apiBaseUrl());
    output = Files.readString(dir.resolve("gtmhub.out"), StandardCharsets.UTF_8);
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
    assertThat(sdkClasses(loaded).stream().filter(name -> name.contains("$$Lambda")))
        .allMatch(name -> name.startsWith("io.okrsdk.gtmhub.GtmhubClient$$Lambda"))
        .hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void loadsNothingOnlyAFailureOrAnOptionNeeds() {
    assertThat(sdkClasses(loaded))
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
    assertThat(sdkClasses(loaded))
        .as("SDK classes loaded by a client's build and first call (see okr-sdk-core/README.md)")
        .hasSizeLessThanOrEqualTo(MAX_SDK_CLASSES)
        .contains("io.okrsdk.gtmhub.model.ImmutableGoal");
  }

  @Test
  void gtmhubsPreloadListsCoverItsFirstCall() {
    assertThat(notPreloaded(loaded, "io.okrsdk.gtmhub.GtmhubClient$Builder", GtmhubFirstCallClasses.NAMES))
        .as("classes Gtmhub's first call loads that no preload list names: add them to"
            + " GtmhubFirstCallClasses, or to core's FirstCallClasses when every platform loads them")
        .isEmpty();
  }

  @Test
  void theOtherPlatformsPreloadListsCoverTheirFirstCalls(@TempDir Path dir) throws Exception {
    checkCoverage(dir, "perform", new FakePerformServer(), "io.okrsdk.perform.PerformClient$Builder",
        PerformFirstCallClasses.NAMES, "Increase sales by 20%");
    checkCoverage(dir, "ogsm", new FakeOgsmServer(), "io.okrsdk.ogsm.OgsmClient$Builder",
        OgsmFirstCallClasses.NAMES, "Goal title");
    checkCoverage(dir, "jira", new FakeOkrForJiraServer(), "io.okrsdk.jira.OkrForJiraClient$Builder",
        OkrForJiraFirstCallClasses.NAMES, "OkrGraph{objectives=");
  }

  @Test
  void everyPlatformListNamesClassesThatAreThereOnceAndNotCoresAgain() {
    // A renamed or removed class would stay on a list unnoticed: the preloader skips a name it
    // cannot find. Core's own lists are checked by ClassPreloaderTest.
    Set<String> core = new HashSet<>(FirstCallClasses.sdk());
    for (List<String> list :
        List.of(GtmhubFirstCallClasses.NAMES, PerformFirstCallClasses.NAMES, OgsmFirstCallClasses.NAMES,
            OkrForJiraFirstCallClasses.NAMES)) {
      List<String> missing = new ArrayList<>();
      for (String name : list) {
        try {
          Class.forName(name, false, FirstCallClassesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          missing.add(name);
        }
      }
      assertThat(missing).as("names on a platform's preload list that are no class").isEmpty();
      assertThat(list).doesNotHaveDuplicates().noneMatch(core::contains)
          .allMatch(name -> name.startsWith("io.okrsdk."));
    }
  }

  private static void checkCoverage(
      Path dir, String platform, FakeServer<?> fake, String builder, List<String> platformList, String expected)
      throws IOException, InterruptedException {
    try (FakeServer<?> started = fake.start()) {
      List<String> classes = run(dir, platform, FirstCallProgram.class.getName(), platform, started.baseUrl());
      assertThat(Files.readString(dir.resolve(platform + ".out"), StandardCharsets.UTF_8)).contains(expected);
      assertThat(notPreloaded(classes, builder, platformList))
          .as("classes %s's first call loads that no preload list names: add them to its"
              + " <Platform>FirstCallClasses, or to core's FirstCallClasses when every platform loads them", platform)
          .isEmpty();
    }
  }

  /**
   * The SDK classes of a first call that no list names and that were not loaded before the
   * platform's builder (which starts the preloading) was: the preloader loads every listed class,
   * so what else the log holds is what the call needed beyond the lists.
   */
  private static List<String> notPreloaded(List<String> classes, String builder, List<String> platformList) {
    int started = classes.indexOf(builder);
    assertThat(started).as("the builder is loaded").isNotNegative();
    Set<String> listed = new HashSet<>(FirstCallClasses.sdk());
    listed.addAll(platformList);
    List<String> missing = new ArrayList<>();
    for (String name : sdkClasses(classes.subList(started + 1, classes.size()))) {
      boolean preloading = name.endsWith("FirstCallClasses") || name.equals("io.okrsdk.core.internal.ClassPreloader");
      if (!listed.contains(name) && !preloading && !name.contains("$$Lambda")) {
        missing.add(name);
      }
    }
    return missing;
  }

  /** Runs a program in a new JVM with its class loading logged; the classes in load order. */
  private static List<String> run(Path dir, String name, String mainClass, String... args)
      throws IOException, InterruptedException {
    Path log = dir.resolve(name + ".classes.log");
    Path out = dir.resolve(name + ".out");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xlog:class+load=info:file=" + log);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    boolean ended = process.waitFor(60, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly();
    }
    String printed = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(ended).as("the program ends within 60 s: " + printed).isTrue();
    assertThat(process.exitValue()).as(printed).isZero();
    return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
        .map(line -> line.substring(line.indexOf("] ") + 2))
        .map(line -> line.substring(0, line.indexOf(' ')))
        .collect(Collectors.toList());
  }

  private static List<String> sdkClasses(List<String> classes) {
    return classes.stream()
        .filter(name -> name.startsWith("io.okrsdk.") && !name.startsWith("io.okrsdk.benchmarks."))
        .collect(Collectors.toList());
  }
}
