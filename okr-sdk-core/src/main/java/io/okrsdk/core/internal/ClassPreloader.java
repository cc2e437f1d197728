package io.okrsdk.core.internal;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads ahead, on a short-lived daemon thread, the classes a new process's first call will load,
 * while the thread that builds the client is busy elsewhere (parsing the base URL, OkHttp's TLS
 * set-up, which reads the JDK's trusted certificates).
 *
 * <p>Why: from JVM start to the first decoded response, what a program using the SDK spends beyond
 * a hand-written OkHttp + Moshi one is nearly all reading, parsing and defining classes (a
 * class-data archive takes the gap from 1.10× to 1.02×, benchmarks/README.md). Done by the
 * builder's thread, that work follows the set-up; done here, on a second core, it runs beside it.
 * The same idea as Spring Boot's background pre-initializer.
 *
 * <p>What it does not do: it only loads classes ({@code Class.forName(name, false, loader)}), never
 * initializes them, so it cannot deadlock with the application's own class initialization and runs
 * no code of the classes it loads. It reads each list once per class loader: a later builder finds
 * them loaded. It never fails a build: a name that is not there is skipped, and a thread that cannot
 * be started is not needed. The lists are core's ({@link FirstCallClasses}) and the platform's
 * ({@code <Platform>FirstCallClasses}), measured from real first calls.
 */
public final class ClassPreloader implements Runnable {
  /** The platform lists already read in this class loader: reading again would only cost a thread. */
  private static final Set<List<String>> READ = ConcurrentHashMap.newKeySet();

  /** Whether core's lists were read in this class loader. */
  private static final AtomicBoolean CORE_READ = new AtomicBoolean();

  private final ClassLoader loader;
  private final boolean withCore;
  private final List<String> platformClasses;

  private ClassPreloader(ClassLoader loader, boolean withCore, List<String> platformClasses) {
    this.loader = loader;
    this.withCore = withCore;
    this.platformClasses = platformClasses;
  }

  /**
   * Starts reading a platform's first-call classes, and core's the first time, unless they were
   * read already.
   *
   * @param loader the class loader of the platform's builder, which sees the platform, core and
   *     the libraries
   * @param platformClasses the platform's list, in the order its first call loads them
   * @return whether a thread was started: {@code false} when this list was read before or no
   *     thread could be started
   */
  public static boolean start(ClassLoader loader, List<String> platformClasses) {
    Objects.requireNonNull(platformClasses, "platformClasses");
    if (!READ.add(platformClasses)) {
      return false;
    }
    boolean withCore = CORE_READ.compareAndSet(false, true);
    Thread thread = new Thread(new ClassPreloader(loader, withCore, platformClasses), "okr-sdk-preload");
    thread.setDaemon(true);
    try {
      thread.start();
      return true;
    } catch (RuntimeException | OutOfMemoryError e) {
      // A thread that cannot be started ("unable to create native thread", a container's limit)
      // only means the classes load when they are first used, as they would without this.
      return false;
    }
  }

  /** Loads the lists: core's own classes first (the build needs them next), then the call's. */
  @Override
  public void run() {
    if (withCore) {
      load(FirstCallClasses.SDK);
    }
    for (String name : platformClasses) {
      load(name);
    }
    if (withCore) {
      load(FirstCallClasses.LIBRARIES);
    }
  }

  private void load(String[] names) {
    for (String name : names) {
      load(name);
    }
  }

  private void load(String name) {
    try {
      Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
      // Another JDK or library version without this class, one that cannot be linked here, or an
      // application class loader that refuses it its own way: the call that needs it, if any,
      // loads it and reports the problem itself. Nothing escapes to be printed by the thread.
    }
  }
}
