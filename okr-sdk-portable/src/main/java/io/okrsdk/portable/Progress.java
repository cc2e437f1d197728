package io.okrsdk.portable;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/** Progress arithmetic shared by the sources. */
final class Progress {
  private Progress() {}

  static void check(Optional<Double> progress) {
    progress.ifPresent(
        value -> {
          if (!(value >= 0 && value <= 1)) {
            throw new IllegalStateException("progress must be a fraction from 0 to 1, was " + value);
          }
        });
  }

  /** Caps to 0..1; NaN and infinities (which no platform means) give nothing. */
  static Optional<Double> fraction(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Optional.empty();
    }
    return Optional.of(Math.max(0, Math.min(1, value)));
  }

  static Optional<Double> fraction(Optional<Double> value) {
    return value.flatMap(Progress::fraction);
  }

  /**
   * (current - start) / (target - start), capped to 0..1; works for decreasing targets too. Nothing
   * when a value is missing or start equals target.
   */
  static Optional<Double> between(Optional<BigDecimal> start, Optional<BigDecimal> current, Optional<BigDecimal> target) {
    if (current.isEmpty() || target.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal from = start.orElse(BigDecimal.ZERO);
    BigDecimal span = target.get().subtract(from);
    if (span.signum() == 0) {
      return Optional.empty();
    }
    return fraction(current.get().subtract(from).divide(span, MathContext.DECIMAL64).doubleValue());
  }

  static Optional<BigDecimal> decimal(Optional<Double> value) {
    return value.filter(v -> !v.isNaN() && !v.isInfinite()).map(BigDecimal::valueOf);
  }
}
