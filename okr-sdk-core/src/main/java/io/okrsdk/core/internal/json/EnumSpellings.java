package io.okrsdk.core.internal.json;

import com.squareup.moshi.Json;
import io.okrsdk.core.json.WireAlias;
import java.lang.reflect.Field;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The wire spellings of one enum type: its {@code @Json} names, Java names and {@link WireAlias}es,
 * from its generated {@link EnumShape} when there is one, otherwise read from the annotations.
 */
public final class EnumSpellings<E extends Enum<E>> {
  private final Class<E> type;
  private final String[] primary;
  private final Map<String, E> exact = new HashMap<>();
  private final Map<String, E> folded = new HashMap<>();

  /**
   * Collects the spellings of an enum.
   *
   * @param type the enum
   */
  public EnumSpellings(Class<E> type) {
    this.type = type;
    EnumShape<E> shape = EnumShape.find(type);
    E[] constants = type.getEnumConstants();
    this.primary = new String[constants.length];
    for (E constant : constants) {
      String[] spellings = shape != null ? shape.spellingsOf(constant.ordinal()) : annotated(constant);
      primary[constant.ordinal()] = spellings[0];
      add(spellings[0], constant);
      add(constant.name(), constant);
      for (int i = 1; i < spellings.length; i++) {
        add(spellings[i], constant);
      }
    }
  }

  /**
   * The enum.
   *
   * @return the enum type
   */
  public Class<E> type() {
    return type;
  }

  /**
   * The constant for a spelling, matched exactly and then ignoring case.
   *
   * @param spelling the spelling
   * @return the constant, or {@code null} if none
   */
  public @Nullable E lookup(String spelling) {
    E hit = exact.get(spelling);
    return hit != null ? hit : folded.get(spelling.toLowerCase(Locale.ROOT));
  }

  /**
   * Every spelling matched exactly: the {@code @Json} names, Java names and aliases.
   *
   * @return the spellings
   */
  public Set<String> exactSpellings() {
    return Collections.unmodifiableSet(exact.keySet());
  }

  /**
   * The spelling a constant is written with: its {@code @Json} name, or its Java name.
   *
   * @param constant the constant
   * @return the primary spelling
   */
  public String primary(E constant) {
    return primary[constant.ordinal()];
  }

  /** The primary spelling and aliases of a constant, read from its annotations. */
  private static String[] annotated(Enum<?> constant) {
    Field field;
    try {
      field = constant.getDeclaringClass().getField(constant.name());
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("enum constant without a field: " + constant, e);
    }
    Json json = field.getAnnotation(Json.class);
    String primary = json != null && !Json.UNSET_NAME.equals(json.name()) ? json.name() : constant.name();
    WireAlias alias = field.getAnnotation(WireAlias.class);
    String[] aliases = alias == null ? new String[0] : alias.value();
    String[] spellings = new String[aliases.length + 1];
    spellings[0] = primary;
    System.arraycopy(aliases, 0, spellings, 1, aliases.length);
    return spellings;
  }

  private void add(String spelling, E constant) {
    exact.putIfAbsent(spelling, constant);
    folded.putIfAbsent(spelling.toLowerCase(Locale.ROOT), constant);
  }
}
