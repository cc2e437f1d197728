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
   * A builder, for tests and fakes.
   *
   * @return a new builder
   */
  static ImmutableCheckinDetail.Builder builder() {
    return ImmutableCheckinDetail.builder();
  }
}
