package io.okrsdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ClassPreloaderTest {
  /** Names the recording loader refuses with an unchecked exception instead of a checked one. */
  static final String REFUSED = "io.okrsdk.test.Refused";

  /** Set by {@link Flagged}'s static initializer: the preloader must never run it. */
  static final AtomicBoolean FLAGGED_INITIALIZED = new AtomicBoolean();

  /** A class whose initialization can be seen. */
  static final class Flagged {
    static {
      FLAGGED_INITIALIZED.set(true);
    }

    private Flagged() {}
  }

  /** A second class for the lists, loaded by nothing else in these tests. */
  static final class Plain {
    private Plain() {}
  }

  /**
   * A class loader that remembers which names it was asked for and on which thread, and counts
   * down when it is asked for a given name (the last of a list), so that a test can wait for the
   * preloader without sleeping.
   */
  static final class RecordingLoader extends ClassLoader {
    final Map<String, String> threadByName = new ConcurrentHashMap<>();
    final Map<String, Boolean> daemonByName = new ConcurrentHashMap<>();
    final List<String> asked = java.util.Collections.synchronizedList(new ArrayList<>());
    final CountDownLatch lastAsked = new CountDownLatch(1);
    private final String last;

    RecordingLoader(String last) {
      super(ClassPreloaderTest.class.getClassLoader());
      this.last = last;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      threadByName.put(name, Thread.currentThread().getName());
      daemonByName.put(name, Thread.currentThread().isDaemon());
      asked.add(name);
      try {
        if (name.startsWith(REFUSED)) {
          // What some application class loaders do with a name they will not serve.
          throw new IllegalStateException("refused: " + name);
        }
        return super.loadClass(name, resolve);
      } finally {
        if (name.equals(last)) {
          lastAsked.countDown();
        }
      }
    }
  }

  /** Starts reading a list that ends with {@code last} and waits until the loader is asked for it. */
  private static RecordingLoader readThrough(String first, String last) throws InterruptedException {
    RecordingLoader loader = new RecordingLoader(last);
    assertThat(ClassPreloader.start(loader, List.of(first, last))).as("a thread is started").isTrue();
    assertThat(loader.lastAsked.await(20, TimeUnit.SECONDS)).as("the list is read to its end").isTrue();
    return loader;
  }

  @Test
  void loadsTheListOnADaemonThreadWithoutInitializingAnything() throws Exception {
    String flagged = Flagged.class.getName();

    RecordingLoader loader = readThrough("io.okrsdk.test.ListOne", flagged);

    assertThat(loader.threadByName).containsEntry(flagged, "okr-sdk-preload");
    assertThat(loader.daemonByName).containsEntry(flagged, true);
    assertThat(FLAGGED_INITIALIZED).as("loaded, never initialized").isFalse();
    assertThat(Class.forName(flagged, false, loader)).isSameAs(Flagged.class);
  }

  @Test
  void skipsANameThatIsNotThereAndGoesOn() throws InterruptedException {
    String plain = Plain.class.getName();

    RecordingLoader loader = readThrough("io.okrsdk.test.NoSuchClass", plain);

    assertThat(loader.asked).containsSubsequence("io.okrsdk.test.NoSuchClass", plain);
  }

  @Test
  void goesOnPastALoaderThatThrowsAndLeavesNothingUncaught() throws InterruptedException {
    List<Throwable> uncaught = java.util.Collections.synchronizedList(new ArrayList<>());
    Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
    try {
      String plain = Plain.class.getName();

      RecordingLoader loader = readThrough(REFUSED + "Two", plain);

      assertThat(loader.asked).containsSubsequence(REFUSED + "Two", plain);
      assertThat(uncaught).isEmpty();
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(before);
    }
  }

  @Test
  void readsEachListOnce() throws InterruptedException {
    String plain = Plain.class.getName();
    readThrough("io.okrsdk.test.ListThree", plain);

    // An equal list, as every builder of a platform passes: nothing more to do.
    RecordingLoader second = new RecordingLoader(plain);
    assertThat(ClassPreloader.start(second, List.of("io.okrsdk.test.ListThree", plain))).isFalse();
    assertThat(second.asked).isEmpty();
  }

  @Test
  void coresListsNameClassesThatAreThere() {
    // The SDK's and the libraries' names must all resolve with the versions this build pins; the
    // JDK's may differ from one JDK to the next (a missing one is skipped), so they are not checked.
    List<String> missing = new ArrayList<>();
    for (String[] list : List.of(FirstCallClasses.SDK, FirstCallClasses.LIBRARIES)) {
      for (String name : list) {
        if (isJdk(name)) {
          continue;
        }
        try {
          Class.forName(name, false, ClassPreloaderTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          missing.add(name);
        }
      }
    }
    assertThat(missing).isEmpty();
    assertThat(FirstCallClasses.SDK).doesNotHaveDuplicates().allMatch(name -> name.startsWith("io.okrsdk.core."));
    assertThat(FirstCallClasses.LIBRARIES).doesNotHaveDuplicates().noneMatch(name -> name.startsWith("io.okrsdk."));
  }

  private static boolean isJdk(String name) {
    return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("sun.") || name.startsWith("jdk.");
  }
}
