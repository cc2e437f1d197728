package io.okrsdk.perform.model;

import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The metric a goal or OKR is measured in: a percentage ({@code perc}), a plain number ({@code
 * number}), done / not done ({@code bin}), or a currency given by its ISO 4217 code in lower case
 * ({@code usd}, {@code eur}).
 *
 * <p>A unit string this SDK does not recognise (including a three-letter code that is no ISO 4217
 * currency) is kept as {@link Kind#UNKNOWN} with its raw {@link #value()}; it never fails a decode.
 *
 * <pre>{@code
 * GoalUnit unit = goal.unit().orElseThrow();
 * if (unit.isCurrency()) {
 *   Currency currency = unit.currency().orElseThrow();   // EUR for "eur"
 * }
 * }</pre>
 *
 * <p>Immutable. Two units are equal when they are of the same known kind (and, for currencies, the
 * same currency), or when both are unknown with the same raw value.
 */
public final class GoalUnit {
  /** What kind of metric a unit is. */
  public enum Kind {
    /** {@code perc}: progress in percent. */
    PERCENTAGE,
    /** {@code number}: a plain number. */
    NUMBER,
    /** {@code bin}: binary, the goal is either completed or not. */
    BINARY,
    /** An ISO 4217 currency code such as {@code usd}. */
    CURRENCY,
    /** A unit string this SDK does not know; see {@link GoalUnit#value()}. */
    UNKNOWN
  }

  /** The percentage unit, {@code perc}. */
  public static final GoalUnit PERCENTAGE = new GoalUnit("perc", Kind.PERCENTAGE, null);

  /** The plain number unit, {@code number}. */
  public static final GoalUnit NUMBER = new GoalUnit("number", Kind.NUMBER, null);

  /** The binary (done or not) unit, {@code bin}. */
  public static final GoalUnit BINARY = new GoalUnit("bin", Kind.BINARY, null);

  private final String value;
  private final Kind kind;
  private final Currency currency;

  private GoalUnit(String value, Kind kind, Currency currency) {
    this.value = value;
    this.kind = kind;
    this.currency = currency;
  }

  /**
   * The unit for a value as the API spells it. Matching ignores case and surrounding blanks; the
   * raw value is kept as given.
   *
   * @param value the unit string, such as {@code perc} or {@code usd}
   * @return the unit; {@link Kind#UNKNOWN} when the value is not one the SDK knows
   * @throws NullPointerException when {@code value} is {@code null}
   */
  public static GoalUnit of(String value) {
    Objects.requireNonNull(value, "value");
    String folded = value.trim().toLowerCase(Locale.ROOT);
    switch (folded) {
      case "perc":
        return new GoalUnit(value, Kind.PERCENTAGE, null);
      case "number":
        return new GoalUnit(value, Kind.NUMBER, null);
      case "bin":
        return new GoalUnit(value, Kind.BINARY, null);
      default:
        Currency currency = isoCurrency(folded);
        return new GoalUnit(value, currency == null ? Kind.UNKNOWN : Kind.CURRENCY, currency);
    }
  }

  /**
   * The unit for a currency, spelled as the API does (lower-case ISO 4217 code).
   *
   * @param currency the currency
   * @return the unit, such as {@code eur} for {@code Currency.getInstance("EUR")}
   */
  public static GoalUnit ofCurrency(Currency currency) {
    Objects.requireNonNull(currency, "currency");
    return new GoalUnit(currency.getCurrencyCode().toLowerCase(Locale.ROOT), Kind.CURRENCY, currency);
  }

  /**
   * The raw unit string, exactly as the server sent it.
   *
   * @return the raw value
   */
  public String value() {
    return value;
  }

  /**
   * What kind of metric this is.
   *
   * @return the kind; {@link Kind#UNKNOWN} for a unit string this SDK does not know
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Whether this unit is of the given kind.
   *
   * @param kind the kind to compare with
   * @return {@code true} when it is
   */
  public boolean is(Kind kind) {
    return this.kind == kind;
  }

  /**
   * Whether this unit is a currency.
   *
   * @return {@code true} for an ISO 4217 currency code
   */
  public boolean isCurrency() {
    return kind == Kind.CURRENCY;
  }

  /**
   * The currency, for a currency unit.
   *
   * @return the currency, or empty when the unit is not a currency
   */
  public Optional<Currency> currency() {
    return Optional.ofNullable(currency);
  }

  private static Currency isoCurrency(String folded) {
    if (folded.length() != 3) {
      return null;
    }
    for (int i = 0; i < 3; i++) {
      char c = folded.charAt(i);
      if (c < 'a' || c > 'z') {
        return null;
      }
    }
    try {
      return Currency.getInstance(folded.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException notIso) {
      return null;
    }
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof GoalUnit)) {
      return false;
    }
    GoalUnit that = (GoalUnit) other;
    if (kind != that.kind) {
      return false;
    }
    if (kind == Kind.UNKNOWN) {
      return value.equals(that.value);
    }
    return Objects.equals(currency, that.currency);
  }

  @Override
  public int hashCode() {
    return kind == Kind.UNKNOWN ? value.hashCode() : Objects.hash(kind, currency);
  }

  /**
   * The raw value.
   *
   * @return the value as the server sent it
   */
  @Override
  public String toString() {
    return value;
  }
}
