package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import io.okrsdk.core.json.WireAlias;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a key result's value history ({@code GET /api/v1/metrics/{metricId}/values}).
 *
 * <p>No published schema exists for this answer: the fields are modelled from public client code,
 * which reads the date as {@code date}, {@code createdDate} or {@code timestamp} and the value as
 * {@code value} or {@code progress}. Every field is optional and unknown fields are ignored.
 */
@OkrModel
@Value.Immutable
public interface MetricValue extends HasUnrecognized {
  /**
   * The date exactly as sent (a date or a date-time); see {@link #dateTime()}.
   *
   * @return the date text
   */
  @WireAlias({"createdDate", "timestamp"})
  Optional<String> date();

  /**
   * The value at that date.
   *
   * @return the value
   */
  Optional<BigDecimal> value();

  /**
   * The progress (attainment) at that date, when the service sends one.
   *
   * @return the progress
   */
  Optional<Double> progress();

  /**
   * The check-in comment, when the service sends one.
   *
   * @return the comment
   */
  Optional<String> comment();

  /**
   * Who reported the value, when the service sends it.
   *
   * @return the user id
   */
  Optional<String> userId();

  /**
   * The date as a date-time: a date-time as sent, or a plain date at midnight UTC; empty when
   * absent or in neither form.
   *
   * @return the date-time
   */
  default Optional<OffsetDateTime> dateTime() {
    return date().flatMap(MetricValue::parse);
  }

  private static Optional<OffsetDateTime> parse(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text));
    } catch (DateTimeParseException notDateTime) {
      try {
        return Optional.of(LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC));
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  static ImmutableMetricValue.Builder builder() {
    return ImmutableMetricValue.builder();
  }
}
