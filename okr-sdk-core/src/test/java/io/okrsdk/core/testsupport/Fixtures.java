package io.okrsdk.core.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads test fixtures (the vendor docs' JSON examples, kept verbatim) from the test classpath. */
public final class Fixtures {
  private Fixtures() {}

  /**
   * Reads a classpath resource as UTF-8.
   *
   * @param path the resource path without a leading slash, such as {@code perform/goal.json}
   * @return the text
   */
  public static String read(String path) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture on the test classpath: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
