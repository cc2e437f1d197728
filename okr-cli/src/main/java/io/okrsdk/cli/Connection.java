package io.okrsdk.cli;

import io.okrsdk.portable.OkrSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A source and what to close after it: the client, and the embedded fake under --demo. */
final class Connection implements AutoCloseable {
  private final OkrSource source;
  private final List<AutoCloseable> resources;

  Connection(OkrSource source, AutoCloseable... resources) {
    this.source = source;
    this.resources = new ArrayList<>(Arrays.asList(resources));
  }

  OkrSource source() {
    return source;
  }

  /** Closes in the order given (client before its fake server). */
  @Override
  public void close() {
    RuntimeException first = null;
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception e) {
        if (first == null) {
          first = new IllegalStateException("could not close " + resource.getClass().getSimpleName(), e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
