package io.okrsdk.core.json;

import io.okrsdk.core.internal.json.EnumSpellings;
import java.util.Objects;
import java.util.Optional;

/**
 * A forward-compatible enum value: one of the constants of {@code E} when the server sent a value
 * the SDK knows, and still the raw value when it sent one the SDK does not know yet.
 *
 * <p>Servers add values over time; decoding never fails because of that. Callers switch on {@link
 * #known()} and can still show or store {@link #value()}:
 *
 * <pre>{@code
 * OpenEnum<RagStatus> rag = goal.ragStatus();
 * if (rag.is(RagStatus.RED)) { ... }
 * String shown = rag.value();           // "RED", or "PURPLE" from a newer server
 * }</pre>
 *
 * <p>The wire spelling of a constant is its {@code @Json(name = ...)} when present, otherwise its
 * Java name; {@link WireAlias} adds further spellings. Reading matches exactly, then ignoring case.
 *
 * @param <E> the enum of known values
 */
public final class OpenEnum<E extends Enum<E>> {
  private final String value;
  private final E known;

  /** Each enum type's spellings, read once per type (decoding asks for them on every value). */
  private static final ClassValue<EnumSpellings<?>> SPELLINGS =
      new ClassValue<EnumSpellings<?>>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected EnumSpellings<?> computeValue(Class<?> type) {
          return new EnumSpellings(type.asSubclass(Enum.class));
        }
      };

  @SuppressWarnings("unchecked")
  private static <E extends Enum<E>> EnumSpellings<E> spellings(Class<E> type) {
    return (EnumSpellings<E>) SPELLINGS.get(type);
  }

  private OpenEnum(String value, E known) {
    this.value = value;
    this.known = known;
  }

  /**
   * The value for a known constant.
   *
   * @param constant the constant
   * @param <E> the enum type
   * @return the value, written on the wire with the constant's primary spelling
   */
  public static <E extends Enum<E>> OpenEnum<E> of(E constant) {
    Objects.requireNonNull(constant, "constant");
    return new OpenEnum<>(spellings(constant.getDeclaringClass()).primary(constant), constant);
  }

  /**
   * The value for a spelling read from the wire (or given by a caller).
   *
   * <p>Decoding uses this too; each enum type's spellings are read once.
   *
   * @param type the enum of known values
   * @param value the raw spelling; never {@code null}
   * @param <E> the enum type
   * @return a known value when the spelling matches a constant, otherwise an unknown value that
   *     keeps the spelling
   */
  public static <E extends Enum<E>> OpenEnum<E> of(Class<E> type, String value) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    return new OpenEnum<>(value, spellings(type).lookup(value));
  }

  /**
   * The raw value, exactly as the server sent it (or the primary spelling of a known constant).
   *
   * @return the raw value
   */
  public String value() {
    return value;
  }

  /**
   * The constant, when the value is one the SDK knows.
   *
   * @return the constant, or empty for a value newer than this SDK
   */
  public Optional<E> known() {
    return Optional.ofNullable(known);
  }

  /**
   * Whether the value is one of the constants of {@code E}.
   *
   * @return {@code true} for a known value
   */
  public boolean isKnown() {
    return known != null;
  }

  /**
   * Whether the value is the given constant.
   *
   * @param constant the constant to compare with
   * @return {@code true} when this value is that constant
   */
  public boolean is(E constant) {
    return known != null && known == constant;
  }

  /**
   * The constant, or a fallback for an unknown value.
   *
   * @param fallback what to return for an unknown value
   * @return the constant or the fallback
   */
  public E orElse(E fallback) {
    return known != null ? known : fallback;
  }

  /** Known values are equal when their constants are; unknown values when their spellings are. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof OpenEnum)) {
      return false;
    }
    OpenEnum<?> that = (OpenEnum<?>) other;
    if (known != null || that.known != null) {
      return known == that.known;
    }
    return value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return known != null ? known.hashCode() : value.hashCode();
  }

  /** The raw value. */
  @Override
  public String toString() {
    return value;
  }
}
