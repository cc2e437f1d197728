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

/** The wire spellings of one enum type: its {@code @Json} names, Java names and {@link WireAlias}es. */
public final class EnumSpellings<E extends Enum<E>> {
  private final Class<E> type;
  private final Map<String, E> exact = new HashMap<>();
  private final Map<String, E> folded = new HashMap<>();

  public EnumSpellings(Class<E> type) {
    this.type = type;
    for (E constant : type.getEnumConstants()) {
      Field field = field(constant);
      add(primarySpelling(constant), constant);
      add(constant.name(), constant);
      WireAlias alias = field.getAnnotation(WireAlias.class);
      if (alias != null) {
        for (String spelling : alias.value()) {
          add(spelling, constant);
        }
      }
    }
  }

  public Class<E> type() {
    return type;
  }

  /** The constant for a spelling, matched exactly and then ignoring case; {@code null} if none. */
  public @Nullable E lookup(String spelling) {
    E hit = exact.get(spelling);
    return hit != null ? hit : folded.get(spelling.toLowerCase(Locale.ROOT));
  }

  /** Every spelling matched exactly: the {@code @Json} names, Java names and aliases. */
  public Set<String> exactSpellings() {
    return Collections.unmodifiableSet(exact.keySet());
  }

  public static String primarySpelling(Enum<?> constant) {
    Json json = field(constant).getAnnotation(Json.class);
    return json != null && !Json.UNSET_NAME.equals(json.name()) ? json.name() : constant.name();
  }

  private void add(String spelling, E constant) {
    exact.putIfAbsent(spelling, constant);
    folded.putIfAbsent(spelling.toLowerCase(Locale.ROOT), constant);
  }

  private static Field field(Enum<?> constant) {
    try {
      return constant.getDeclaringClass().getField(constant.name());
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("enum constant without a field: " + constant, e);
    }
  }
}
