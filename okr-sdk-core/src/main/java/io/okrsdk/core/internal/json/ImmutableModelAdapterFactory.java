package io.okrsdk.core.internal.json;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonQualifier;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import io.okrsdk.core.json.Unrecognized;
import io.okrsdk.core.json.WireAlias;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Bridges Moshi and Immutables: for an abstract type marked {@link OkrModel}, reads JSON through the
 * generated {@code Immutable<Name>.builder()} and writes it through the accessors.
 *
 * <p>The attributes are the type's public no-argument accessors that have a same-named one-argument
 * setter on the generated builder (derived values and helper methods have none, so they are
 * neither read nor written). All reflection happens once, when Moshi first asks for the type's
 * adapter; decoding an object then costs one method-handle call per field.
 */
final class ImmutableModelAdapterFactory implements JsonAdapter.Factory {
  private static final MethodType BUILDER_FACTORY = MethodType.methodType(Object.class);
  private static final MethodType SETTER = MethodType.methodType(void.class, Object.class, Object.class);
  private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
  private static final MethodType BUILD = MethodType.methodType(Object.class, Object.class);

  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    Class<?> raw = Types.getRawType(type);
    if (!raw.isAnnotationPresent(OkrModel.class)) {
      return null;
    }
    Class<?> target = raw;
    if (!Modifier.isAbstract(raw.getModifiers()) && raw.getSimpleName().startsWith("Immutable")) {
      // Asked for the generated class itself: use its abstract parent's description.
      target = abstractParent(raw);
    }
    return build(target, moshi);
  }

  private static Class<?> abstractParent(Class<?> generated) {
    if (generated.getSuperclass() != null && generated.getSuperclass().isAnnotationPresent(OkrModel.class)) {
      return generated.getSuperclass();
    }
    for (Class<?> parent : generated.getInterfaces()) {
      if (parent.isAnnotationPresent(OkrModel.class)) {
        return parent;
      }
    }
    throw new IllegalArgumentException("no @OkrModel parent for " + generated.getName());
  }

  private static <T> ImmutableModelAdapter<T> build(Class<T> type, Moshi moshi) {
    Class<?> immutable = generatedClass(type);
    try {
      Method builderMethod = immutable.getMethod("builder");
      Class<?> builderType = builderMethod.getReturnType();
      MethodHandle newBuilder = unreflect(builderMethod).asType(BUILDER_FACTORY);
      MethodHandle build = unreflect(builderType.getMethod("build")).asType(BUILD);

      List<ModelProperty> properties = new ArrayList<>();
      MethodHandle unrecognizedSetter = null;
      for (Method accessor : accessors(type, immutable)) {
        Method setter = setterFor(builderType, accessor);
        if (isUnrecognizedAccessor(type, accessor)) {
          // Filled by the adapter itself, never read from or written to JSON.
          unrecognizedSetter = setter == null ? null : unreflect(setter).asType(SETTER);
          continue;
        }
        if (setter == null) {
          continue;
        }
        Json json = accessor.getAnnotation(Json.class);
        if (json != null && json.ignore()) {
          continue;
        }
        String jsonName = json != null && !Json.UNSET_NAME.equals(json.name()) ? json.name() : accessor.getName();
        Set<Annotation> qualifiers = qualifiers(accessor);
        JsonAdapter<Object> writeAdapter = moshi.adapter(accessor.getGenericReturnType(), qualifiers);
        JsonAdapter<Object> readAdapter = writeAdapter;
        // An Optional<X> attribute is read with X's adapter into the builder's X setter: no Optional
        // is made per field (JSON null never reaches the setter; it reads as absent).
        Type inner = optionalContent(accessor.getGenericReturnType());
        Method unwrapped = inner == null ? null : setterTaking(builderType, accessor.getName(), Types.getRawType(inner));
        if (unwrapped != null) {
          setter = unwrapped;
          readAdapter = moshi.adapter(inner, qualifiers);
        }
        WireAlias aliases = accessor.getAnnotation(WireAlias.class);
        Type readType = unwrapped != null ? inner : accessor.getGenericReturnType();
        properties.add(
            new ModelProperty(
                jsonName,
                aliases == null ? new String[0] : aliases.value(),
                accessor.getName(),
                readAdapter,
                writeAdapter,
                unreflect(accessor).asType(GETTER),
                unreflect(setter).asType(SETTER),
                isRequired(accessor),
                JsonTokens.accepted(readType, readAdapter),
                JsonTokens.describe(readType)));
      }
      return new ImmutableModelAdapter<>(type, properties, newBuilder, build, unrecognizedSetter);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalArgumentException(
          type.getName() + " is marked @OkrModel but its generated builder is not usable: " + e, e);
    }
  }

  private static boolean isUnrecognizedAccessor(Class<?> type, Method accessor) {
    return HasUnrecognized.class.isAssignableFrom(type)
        && accessor.getName().equals("unrecognized")
        && accessor.getReturnType() == Unrecognized.class;
  }

  /**
   * Whether the generated builder refuses to build without the attribute: an abstract accessor of
   * a type other than {@code Optional}, a collection or a map. Those are the fields a model cannot
   * exist without (identity, what paging needs); {@code @Value.Default} accessors are not abstract.
   */
  private static boolean isRequired(Method accessor) {
    Class<?> raw = accessor.getReturnType();
    return Modifier.isAbstract(accessor.getModifiers())
        && raw != Optional.class
        && raw != java.util.OptionalInt.class
        && raw != java.util.OptionalLong.class
        && raw != java.util.OptionalDouble.class
        && !Iterable.class.isAssignableFrom(raw)
        && !java.util.Map.class.isAssignableFrom(raw);
  }

  /** Public models resolve through the public lookup; package-private ones need access granted. */
  private static MethodHandle unreflect(Method method) throws IllegalAccessException {
    try {
      return MethodHandles.publicLookup().unreflect(method);
    } catch (IllegalAccessException notPublic) {
      method.setAccessible(true);
      return MethodHandles.lookup().unreflect(method);
    }
  }

  private static Class<?> generatedClass(Class<?> type) {
    String name = type.getPackageName() + ".Immutable" + type.getSimpleName();
    try {
      return Class.forName(name, true, type.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException(
          type.getName() + " is marked @OkrModel but " + name + " was not generated (missing @Value.Immutable?)", e);
    }
  }

  /** Public, non-static accessors with no parameters, in a stable order (for stable JSON output). */
  private static List<Method> accessors(Class<?> type, Class<?> immutable) {
    Set<String> seen = new LinkedHashSet<>();
    List<Method> result = new ArrayList<>();
    Method[] methods = type.getMethods();
    Arrays.sort(methods, Comparator.comparing(Method::getName));
    for (Method method : methods) {
      if (method.getParameterCount() != 0
          || Modifier.isStatic(method.getModifiers())
          || method.getReturnType() == void.class
          || method.getDeclaringClass() == Object.class
          || method.isSynthetic()
          || method.isBridge()
          || !seen.add(method.getName())) {
        continue;
      }
      result.add(method);
    }
    return sortByDeclaration(immutable, result);
  }

  /**
   * The generated class declares one field per attribute, in the model's declaration order (the
   * JVM keeps field order, unlike method order), so written JSON follows the model; the rest stay
   * in name order.
   */
  private static List<Method> sortByDeclaration(Class<?> immutable, List<Method> methods) {
    List<String> order = new ArrayList<>();
    for (Field declared : immutable.getDeclaredFields()) {
      order.add(declared.getName());
    }
    methods.sort(
        Comparator.comparingInt(
            m -> {
              int index = order.indexOf(m.getName());
              return index < 0 ? Integer.MAX_VALUE : index;
            }));
    return methods;
  }

  /** The {@code X} of {@code Optional<X>}, or {@code null} for any other type. */
  private static Type optionalContent(Type type) {
    if (type instanceof ParameterizedType && ((ParameterizedType) type).getRawType() == Optional.class) {
      return ((ParameterizedType) type).getActualTypeArguments()[0];
    }
    return null;
  }

  /** The builder's one-argument method {@code name(X)} for exactly the raw type {@code X}. */
  private static Method setterTaking(Class<?> builderType, String name, Class<?> valueType) {
    for (Method candidate : builderType.getMethods()) {
      if (candidate.getName().equals(name)
          && candidate.getParameterCount() == 1
          && boxed(candidate.getParameterTypes()[0]) == boxed(valueType)) {
        return candidate;
      }
    }
    return null;
  }

  /** The builder's setter that takes the accessor's own type (or a supertype, such as Iterable). */
  private static Method setterFor(Class<?> builderType, Method accessor) {
    Class<?> valueType = boxed(accessor.getReturnType());
    Method best = null;
    for (Method candidate : builderType.getMethods()) {
      if (!candidate.getName().equals(accessor.getName()) || candidate.getParameterCount() != 1) {
        continue;
      }
      Class<?> parameter = boxed(candidate.getParameterTypes()[0]);
      if (!parameter.isAssignableFrom(valueType)) {
        continue;
      }
      // Prefer the most specific parameter type: Optional<T> over Object, List over Iterable.
      if (best == null || boxed(best.getParameterTypes()[0]).isAssignableFrom(parameter)) {
        best = candidate;
      }
    }
    return best;
  }

  private static Set<Annotation> qualifiers(Method accessor) {
    Set<Annotation> result = new LinkedHashSet<>();
    for (Annotation annotation : accessor.getAnnotations()) {
      if (annotation.annotationType().isAnnotationPresent(JsonQualifier.class)) {
        result.add(annotation);
      }
    }
    return result;
  }

  private static Class<?> boxed(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    if (type == boolean.class) {
      return Boolean.class;
    }
    if (type == int.class) {
      return Integer.class;
    }
    if (type == long.class) {
      return Long.class;
    }
    if (type == double.class) {
      return Double.class;
    }
    if (type == float.class) {
      return Float.class;
    }
    if (type == short.class) {
      return Short.class;
    }
    if (type == byte.class) {
      return Byte.class;
    }
    return Character.class;
  }
}
