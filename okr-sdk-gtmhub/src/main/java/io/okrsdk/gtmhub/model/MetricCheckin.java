package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A check-in on a key result ({@code POST /api/v1/metrics/{metricId}/checkin}): the new actual
 * value, and optionally a comment, a confidence, the check-in date and custom field values. Only
 * what is set is sent.
 *
 * <pre>{@code
 * MetricCheckin checkin = MetricCheckin.builder()
 *     .actual(new BigDecimal("42"))
 *     .comment("Two more enterprise deals closed")
 *     .confidence(0.8)
 *     .build();
 * }</pre>
 *
 * <p>The field names follow the vendor's own command-line client; the confidence scale is the
 * account's (see its confidence settings).
 */
@OkrModel
@Value.Immutable
public interface MetricCheckin extends HasUnrecognized {
  /**
   * The new current value.
   *
   * @return the actual value
   */
  BigDecimal actual();

  /**
   * Why the value changed; may hold mention markup.
   *
   * @return the comment
   */
  Optional<String> comment();

  /**
   * How confident the reporter is that the target will be reached, on the account's scale.
   *
   * @return the confidence
   */
  Optional<Double> confidence();

  /**
   * When the value was reached; the service uses the time of the request when left out.
   *
   * @return the check-in date
   */
  Optional<OffsetDateTime> checkInDate();

  /**
   * Custom field values of the check-in, by field name.
   *
   * @return the custom fields, not sent when not set
   */
  Optional<Map<String, Object>> customFields();

  /**
   * A builder.
   *
   * @return a new builder
   */
  static ImmutableMetricCheckin.Builder builder() {
    return ImmutableMetricCheckin.builder();
  }
}
