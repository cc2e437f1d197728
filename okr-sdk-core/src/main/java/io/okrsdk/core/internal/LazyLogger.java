package io.okrsdk.core.internal;

import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * A {@link System.Logger} that asks the JDK for the real one when something is first logged or
 * asked of it. {@code System.getLogger} starts the JDK's logging back end (its service lookup and
 * {@code java.util.logging}), which a client that logs nothing, the default, should not pay for
 * while it starts.
 */
public final class LazyLogger implements System.Logger {
  private final String name;
  private volatile System.Logger delegate;

  /**
   * A logger of that name, resolved on first use.
   *
   * @param name the logger's name, such as {@code io.okrsdk.http}
   */
  public LazyLogger(String name) {
    this.name = name;
  }

  private System.Logger delegate() {
    System.Logger logger = delegate;
    if (logger == null) {
      // Racing threads may both ask; the JDK answers both with the same logger.
      logger = System.getLogger(name);
      delegate = logger;
    }
    return logger;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public boolean isLoggable(Level level) {
    return delegate().isLoggable(level);
  }

  @Override
  public void log(Level level, Supplier<String> message) {
    delegate().log(level, message);
  }

  @Override
  public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
    delegate().log(level, bundle, message, thrown);
  }

  @Override
  public void log(Level level, ResourceBundle bundle, String format, Object... params) {
    delegate().log(level, bundle, format, params);
  }
}
