package io.okrsdk.core.internal.json;

import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The wire spellings of one enum, written when its module compiles: {@code okr-sdk-processor}
 * writes a package-private {@code <Enum>JsonSpellings} beside every enum a model mentions (nested
 * names joined by {@code _}), listing for each constant, in declaration order, its primary
 * spelling ({@code @Json(name)} or its Java name) and then its {@code @WireAlias}es.
 *
 * <p>{@link EnumSpellings} uses it instead of reading those annotations at run time: building an
 * annotation instance makes a dynamic proxy class, which a new process pays for on its first
 * response (benchmarks/README.md, "Cold start"). An enum without one (core's, or one the
 * processor did not see) is still read by reflection.
 *
 * @param <E> the enum
 */
public abstract class EnumShape<E extends Enum<E>> {
  /** The generated class's simple name is the enum's (nested names joined by {@code _}) with this suffix. */
  public static final String SUFFIX = "JsonSpellings";

  private final Class<E> type;
  private final String[][] spellings;

  /**
   * Called by the generated subclass.
   *
   * @param type the enum
   * @param spellings per constant in declaration order: the primary spelling, then the aliases
   */
  protected EnumShape(Class<E> type, String[][] spellings) {
    this.type = type;
    this.spellings = spellings;
  }

  /**
   * The enum.
   *
   * @return the enum type
   */
  public final Class<E> type() {
    return type;
  }

  /**
   * A constant's spellings.
   *
   * @param constant the constant
   * @return its primary spelling, then its aliases
   */
  public final List<String> spellings(E constant) {
    return Arrays.asList(spellings[constant.ordinal()].clone());
  }

  String[] spellingsOf(int ordinal) {
    return spellings[ordinal];
  }

  /**
   * The generated spellings of an enum.
   *
   * @param type the enum
   * @param <E> the enum
   * @return the spellings, or {@code null} when none were generated or they cannot be reached
   */
  @SuppressWarnings("unchecked")
  public static <E extends Enum<E>> @Nullable EnumShape<E> find(Class<E> type) {
    String name = (type.getPackageName().isEmpty() ? "" : type.getPackageName() + ".") + flatName(type) + SUFFIX;
    try {
      Constructor<?> constructor = Class.forName(name, true, type.getClassLoader()).getDeclaredConstructor();
      constructor.setAccessible(true);
      EnumShape<E> shape = (EnumShape<E>) constructor.newInstance();
      if (shape.type() != type || shape.spellings.length != type.getEnumConstants().length) {
        return null;
      }
      return shape;
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Not generated, or not opened to core: the annotations are read instead.
      return null;
    }
  }

  /** The enum's name within its package, nested names joined by {@code _}. */
  static String flatName(Class<?> type) {
    String binary = type.getName();
    String pkg = type.getPackageName();
    return (pkg.isEmpty() ? binary : binary.substring(pkg.length() + 1)).replace('$', '_');
  }
}
