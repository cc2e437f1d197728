package io.okrsdk.testing.jira;

import java.util.function.Consumer;
import java.util.function.Function;

/** Guards {@link JiraData}: every read and every change runs whole under one lock. */
final class JiraStore {
  private final JiraData data = new JiraData();

  synchronized <T> T read(Function<JiraData, T> reader) {
    return reader.apply(data);
  }

  synchronized <T> T write(Function<JiraData, T> writer) {
    return writer.apply(data);
  }

  synchronized void change(Consumer<JiraData> writer) {
    writer.accept(data);
  }
}
