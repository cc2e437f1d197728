package io.okrsdk.core.internal.json;

import io.okrsdk.core.json.Unrecognized;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Type;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the JSON layer builds and reads one {@link io.okrsdk.core.json.OkrModel} type: its JSON
 * attributes, and direct calls to its generated {@code Immutable<Name>} builder and accessors.
 *
 * <p>Each model's shape is written at compile time, next to the model, as the package-private
 * class {@code <Name>JsonShape} (by the build-only {@code okr-sdk-processor}). Working the
 * attributes out by reflection and calling them through method handles cost a new process well
 * over 100 ms before its first decoded response; a generated shape is a plain class.
 *
 * @param <T> the model type
 */
public abstract class ModelShape<T> {
  /** A shape's simple name is its model's with this suffix, in the model's package. */
  private static final String SUFFIX = "JsonShape";

  private final Class<T> type;
  private final List<Attribute> attributes;
  private final boolean keepsUnrecognized;
  private final @Nullable String bareArrayAttribute;
  private final boolean acceptsWrapped;

  /**
   * Describes a model.
   *
   * @param type the abstract model type
   * @param attributes the JSON attributes, in the model's declaration order (the order written)
   * @param keepsUnrecognized whether the builder takes the model's {@link Unrecognized}
   * @param bareArrayAttribute the JSON name a bare array fills ({@code @AcceptsBareArray}), or
   *     {@code null}
   * @param acceptsWrapped whether a root object may arrive wrapped ({@code @AcceptsWrapped})
   */
  protected ModelShape(
      Class<T> type,
      List<Attribute> attributes,
      boolean keepsUnrecognized,
      @Nullable String bareArrayAttribute,
      boolean acceptsWrapped) {
    this.type = type;
    this.attributes = List.copyOf(attributes);
    this.keepsUnrecognized = keepsUnrecognized;
    this.bareArrayAttribute = bareArrayAttribute;
    this.acceptsWrapped = acceptsWrapped;
  }

  /**
   * The generated shape of a model.
   *
   * @param model the abstract type marked {@code @OkrModel}
   * @param <T> the model type
   * @return the shape
   * @throws IllegalArgumentException when no shape was generated, or it cannot be used
   */
  public static <T> ModelShape<T> of(Class<T> model) {
    ModelShape<T> shape = find(model);
    if (shape == null) {
      throw new IllegalArgumentException(
          model.getName() + " is marked @OkrModel but " + shapeName(model)
              + " was not generated (compile it with okr-sdk-processor and Immutables)");
    }
    return shape;
  }

  /**
   * The generated shape of a type, if it is a model.
   *
   * @param type any type
   * @param <T> the type
   * @return the shape, or {@code null} when none was generated for the type (it is not a model)
   * @throws IllegalArgumentException when a shape exists but cannot be used
   */
  @SuppressWarnings("unchecked")
  public static <T> @Nullable ModelShape<T> find(Class<T> type) {
    String name = shapeName(type);
    try {
      Constructor<?> constructor = Class.forName(name, true, type.getClassLoader()).getDeclaredConstructor();
      constructor.setAccessible(true);
      ModelShape<T> shape = (ModelShape<T>) constructor.newInstance();
      // Another type's shape under the same simple name (a nested type): this one is not a model.
      return shape.type() == type ? shape : null;
    } catch (ClassNotFoundException e) {
      return null;
    } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalArgumentException(name + " is not a usable model shape: " + e, e);
    }
  }

  private static String shapeName(Class<?> type) {
    return type.getPackageName() + "." + type.getSimpleName() + SUFFIX;
  }

  /**
   * The model type.
   *
   * @return the abstract type marked {@code @OkrModel}
   */
  public final Class<T> type() {
    return type;
  }

  /**
   * The JSON attributes; an attribute's index is its position here.
   *
   * @return the attributes in declaration order
   */
  public final List<Attribute> attributes() {
    return attributes;
  }

  /**
   * Whether the model keeps what a body held that it did not understand.
   *
   * @return {@code true} when {@link #setUnrecognized} is supported
   */
  public final boolean keepsUnrecognized() {
    return keepsUnrecognized;
  }

  /**
   * The JSON name of the list attribute a bare JSON array fills.
   *
   * @return the name, or {@code null} when a bare array is not accepted
   */
  public final @Nullable String bareArrayAttribute() {
    return bareArrayAttribute;
  }

  /**
   * Whether a whole body may arrive wrapped under one key.
   *
   * @return {@code true} for models marked {@code @AcceptsWrapped}
   */
  public final boolean acceptsWrapped() {
    return acceptsWrapped;
  }

  /**
   * A new, empty builder.
   *
   * @return the generated builder
   */
  public abstract Object newBuilder();

  /**
   * Sets one attribute on a builder.
   *
   * @param builder a builder from {@link #newBuilder()}
   * @param attribute the attribute's index
   * @param value what the attribute's {@linkplain Attribute#readType() read type} decoded to
   */
  public abstract void set(Object builder, int attribute, Object value);

  /**
   * Sets what the body held that the model did not understand.
   *
   * @param builder a builder from {@link #newBuilder()}
   * @param unrecognized the unknown and mismatched fields
   * @throws UnsupportedOperationException when the model keeps none
   */
  public abstract void setUnrecognized(Object builder, Unrecognized unrecognized);

  /**
   * Builds the model, running its checks.
   *
   * @param builder a builder from {@link #newBuilder()}
   * @return the model
   */
  public abstract T build(Object builder);

  /**
   * Reads one attribute of a model.
   *
   * @param model the model
   * @param attribute the attribute's index
   * @return the accessor's value, boxed
   */
  public abstract @Nullable Object get(T model, int attribute);

  /**
   * Describes one attribute.
   *
   * @param jsonName the JSON field name
   * @param name the accessor's name
   * @param type the accessor's generic type (what is written)
   * @param readType what the builder's setter takes: the content of an {@code Optional}, else
   *     {@code type}
   * @param required whether the model cannot be built without it
   * @param aliases further JSON names read into it ({@code @WireAlias})
   * @return the attribute
   */
  public static Attribute attribute(
      String jsonName, String name, Type type, Type readType, boolean required, String... aliases) {
    return new Attribute(jsonName, name, type, readType, required, List.of(aliases));
  }

  /** One JSON attribute of a model. */
  public static final class Attribute {
    private final String jsonName;
    private final String name;
    private final Type type;
    private final Type readType;
    private final boolean required;
    private final List<String> aliases;

    private Attribute(String jsonName, String name, Type type, Type readType, boolean required, List<String> aliases) {
      this.jsonName = jsonName;
      this.name = name;
      this.type = type;
      this.readType = readType;
      this.required = required;
      this.aliases = aliases;
    }

    /**
     * The JSON field name (from {@code @Json}, else the accessor's name).
     *
     * @return the name written and read first
     */
    public String jsonName() {
      return jsonName;
    }

    /**
     * The accessor's name.
     *
     * @return the attribute name
     */
    public String name() {
      return name;
    }

    /**
     * The accessor's generic type.
     *
     * @return the type written
     */
    public Type type() {
      return type;
    }

    /**
     * The type the setter takes: an {@code Optional}'s content is read straight into the builder.
     *
     * @return the type read
     */
    public Type readType() {
      return readType;
    }

    /**
     * Whether the builder refuses to build without it: an abstract accessor of a type other than
     * {@code Optional}, a collection or a map.
     *
     * @return {@code true} for required attributes
     */
    public boolean required() {
      return required;
    }

    /**
     * Further JSON names read into the attribute.
     *
     * @return the aliases, possibly empty
     */
    public List<String> aliases() {
      return aliases;
    }

    @Override
    public String toString() {
      return jsonName + (jsonName.equals(name) ? "" : "(" + name + ")") + ": " + type.getTypeName()
          + (readType.equals(type) ? "" : " read as " + readType.getTypeName()) + (required ? ", required" : "")
          + (aliases.isEmpty() ? "" : ", aliases " + aliases);
    }
  }
}
