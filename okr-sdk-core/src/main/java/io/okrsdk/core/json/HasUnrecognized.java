package io.okrsdk.core.json;

import org.immutables.value.Value;

/**
 * A model that hands back what it did not understand. Every response model of the SDK extends it;
 * the JSON layer fills {@link #unrecognized()} while decoding. It takes no part in {@code equals},
 * {@code hashCode} or {@code toString}, and is never written to a request body.
 */
public interface HasUnrecognized {
  /**
   * Unknown fields, mismatched values (as raw JSON) and their problems, for this object only
   * (nested models carry their own).
   *
   * @return what was not understood; {@link Unrecognized#none()} for a model built in code or a
   *     body that matched
   */
  @Value.Default
  @Value.Auxiliary
  default Unrecognized unrecognized() {
    return Unrecognized.none();
  }
}
