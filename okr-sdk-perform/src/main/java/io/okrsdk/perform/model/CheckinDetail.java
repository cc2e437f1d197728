package io.okrsdk.perform.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.List;
import org.immutables.value.Value;

/** A check-in with its responses, as {@code GET api/v2/checkins/{api_id}/} returns it. */
@OkrModel
@Value.Immutable
public interface CheckinDetail extends Checkin, HasUnrecognized {
  /**
   * The responses to the check-in.
   *
   * @return the responses, empty when there are none
   */
  List<CheckinResponse> responses();

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableCheckinDetail.Builder}, is generated at compile time
   * and not listed in this Javadoc. It is also how tests and fakes make one.
   *
   * @return a new builder
   */
  static ImmutableCheckinDetail.Builder builder() {
    return ImmutableCheckinDetail.builder();
  }
}
