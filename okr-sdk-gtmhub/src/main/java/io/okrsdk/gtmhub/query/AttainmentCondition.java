package io.okrsdk.gtmhub.query;

import io.okrsdk.core.internal.Checks;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An attainment comparison for the grouped-by listings' {@code attainment} and {@code
 * metricAttainment}: an operator and a number, such as {@code >0.5}. Goal attainment is a fraction
 * from 0 to 1.
 *
 * <pre>{@code
 * AttainmentCondition.greaterThan(0.5)   // >0.5
 * AttainmentCondition.lessThan(1)        // <1
 * AttainmentCondition.raw(">0.5")
 * }</pre>
 */
public final class AttainmentCondition {
  private final String text;

  private AttainmentCondition(String text) {
    this.text = text;
  }

  /**
   * Attainment greater than a value.
   *
   * @param value the bound, finite
   * @return the condition
   */
  public static AttainmentCondition greaterThan(double value) {
    return new AttainmentCondition(">" + number(value));
  }

  /**
   * Attainment greater than a value.
   *
   * @param value the bound
   * @return the condition
   */
  public static AttainmentCondition greaterThan(BigDecimal value) {
    return new AttainmentCondition(">" + number(value));
  }

  /**
   * Attainment less than a value.
   *
   * @param value the bound, finite
   * @return the condition
   */
  public static AttainmentCondition lessThan(double value) {
    return new AttainmentCondition("<" + number(value));
  }

  /**
   * Attainment less than a value.
   *
   * @param value the bound
   * @return the condition
   */
  public static AttainmentCondition lessThan(BigDecimal value) {
    return new AttainmentCondition("<" + number(value));
  }

  /**
   * A condition sent exactly as given, such as {@code >0.5}.
   *
   * @param expression the value
   * @return the condition
   * @throws IllegalArgumentException when the value is null or blank
   */
  public static AttainmentCondition raw(String expression) {
    return new AttainmentCondition(Checks.requireText(expression, "attainment").trim());
  }

  /**
   * The value as sent in the query (before URL encoding).
   *
   * @return the operator and number, such as {@code >0.5}
   */
  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AttainmentCondition && text.equals(((AttainmentCondition) other).text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  private static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("attainment bound must be a finite number, was " + value);
    }
    return number(BigDecimal.valueOf(value));
  }

  private static String number(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.signum() == 0 ? BigDecimal.ZERO : stripped).toPlainString();
  }
}
