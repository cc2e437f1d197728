package io.okrsdk.testing.reliability;

import io.okrsdk.core.testsupport.Fixtures;
import java.util.function.Function;

/**
 * One response type of one platform: a valid body to damage and the client call that decodes it.
 *
 * @param <C> the platform client
 */
final class ResponseProbe<C> {
  final String name;
  final String validBody;
  final Function<C, ?> call;

  private ResponseProbe(String name, String validBody, Function<C, ?> call) {
    this.name = name;
    this.validBody = validBody;
    this.call = call;
  }

  /** A probe whose valid body is a fixture under {@code fuzz/}. */
  static <C> ResponseProbe<C> of(String name, String fixture, Function<C, ?> call) {
    return new ResponseProbe<>(name, Fixtures.read("fuzz/" + fixture), call);
  }

  /** A probe whose valid body is given as text. */
  static <C> ResponseProbe<C> inline(String name, String validBody, Function<C, ?> call) {
    return new ResponseProbe<>(name, validBody, call);
  }

  /** A probe for a bare-array endpoint, whose valid body is one fixture object in an array. */
  static <C> ResponseProbe<C> arrayOf(String name, String fixture, Function<C, ?> call) {
    return new ResponseProbe<>(name, "[" + Fixtures.read("fuzz/" + fixture) + "]", call);
  }

  @Override
  public String toString() {
    return name;
  }
}
