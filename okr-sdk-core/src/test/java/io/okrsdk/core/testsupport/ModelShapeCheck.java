package io.okrsdk.core.testsupport;

import com.squareup.moshi.Json;
import com.squareup.moshi.Types;
import io.okrsdk.core.internal.json.ModelShape;
import io.okrsdk.core.json.AcceptsBareArray;
import io.okrsdk.core.json.AcceptsWrapped;
import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.Unrecognized;
import io.okrsdk.core.json.WireAlias;
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
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Works out a model's JSON attributes by reflection over the compiled model and its generated
 * builder, with the rules the generated {@link ModelShape} claims to follow, and lists where the
 * generated shape differs. A second derivation of the same rules, by other means (run-time
 * reflection instead of the compiler's element model), so a processor bug or a change in what
 * Immutables generates fails a test instead of silently changing what is read or written.
 */
public final class ModelShapeCheck {
  private ModelShapeCheck() {}

  /**
   * The differences between the model's generated shape and the reflective derivation.
   *
   * @param model an abstract {@code @OkrModel} type
   * @return one line per difference; empty when they agree
   */
  public static List<String> differences(Class<?> model) {
    ModelShape<?> shape = ModelShape.of(model);
    List<String> problems = new ArrayList<>();
    Class<?> immutable = generated(model);
    Class<?> builder;
    try {
      builder = immutable.getMethod("builder").getReturnType();
    } catch (NoSuchMethodException e) {
      return List.of(model.getName() + ": no builder()");
    }
    List<String> expected = new ArrayList<>();
    boolean keepsUnrecognized = false;
    for (Method accessor : accessors(model, immutable)) {
      Method setter = setterFor(builder, accessor);
      if (HasUnrecognized.class.isAssignableFrom(model)
          && accessor.getName().equals("unrecognized")
          && accessor.getReturnType() == Unrecognized.class) {
        keepsUnrecognized = setter != null;
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
      Type type = accessor.getGenericReturnType();
      Type inner = optionalContent(type);
      Type readType = inner != null && setterTaking(builder, accessor.getName(), Types.getRawType(inner)) ? inner : type;
      WireAlias aliases = accessor.getAnnotation(WireAlias.class);
      expected.add(
          describe(
              jsonName,
              accessor.getName(),
              type,
              readType,
              isRequired(accessor),
              aliases == null ? List.of() : List.of(aliases.value())));
    }
    List<String> actual = new ArrayList<>();
    for (ModelShape.Attribute attribute : shape.attributes()) {
      actual.add(
          describe(
              attribute.jsonName(),
              attribute.name(),
              attribute.type(),
              attribute.readType(),
              attribute.required(),
              attribute.aliases()));
    }
    if (!expected.equals(actual)) {
      problems.add(model.getName() + ": attributes " + actual + ", by reflection " + expected);
    }
    if (shape.keepsUnrecognized() != keepsUnrecognized) {
      problems.add(model.getName() + ": keepsUnrecognized " + shape.keepsUnrecognized());
    }
    AcceptsBareArray bare = model.getAnnotation(AcceptsBareArray.class);
    if (!java.util.Objects.equals(shape.bareArrayAttribute(), bare == null ? null : bare.value())) {
      problems.add(model.getName() + ": bareArrayAttribute " + shape.bareArrayAttribute());
    }
    if (shape.acceptsWrapped() != model.isAnnotationPresent(AcceptsWrapped.class)) {
      problems.add(model.getName() + ": acceptsWrapped " + shape.acceptsWrapped());
    }
    return problems;
  }

  /** Types spelt canonically (Moshi's), so the JDK's and Moshi's implementations compare equal. */
  private static String describe(
      String jsonName, String name, Type type, Type readType, boolean required, List<String> aliases) {
    return jsonName + "/" + name + ": " + canonical(type) + " read " + canonical(readType) + (required ? " required" : "") + " " + aliases;
  }

  private static String canonical(Type type) {
    if (type instanceof ParameterizedType) {
      ParameterizedType parameterized = (ParameterizedType) type;
      List<String> arguments = new ArrayList<>();
      for (Type argument : parameterized.getActualTypeArguments()) {
        arguments.add(canonical(argument));
      }
      return Types.getRawType(type).getName() + "<" + String.join(", ", arguments) + ">";
    }
    if (type instanceof java.lang.reflect.WildcardType) {
      java.lang.reflect.WildcardType wildcard = (java.lang.reflect.WildcardType) type;
      return "?" + (wildcard.getLowerBounds().length > 0 ? " super " + canonical(wildcard.getLowerBounds()[0])
          : " extends " + canonical(wildcard.getUpperBounds()[0]));
    }
    if (type instanceof java.lang.reflect.GenericArrayType) {
      return canonical(((java.lang.reflect.GenericArrayType) type).getGenericComponentType()) + "[]";
    }
    return ((Class<?>) type).getName();
  }

  private static Class<?> generated(Class<?> type) {
    try {
      return Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName(), false, type.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException(type + " has no generated class", e);
    }
  }

  private static boolean isRequired(Method accessor) {
    Class<?> raw = accessor.getReturnType();
    return Modifier.isAbstract(accessor.getModifiers())
        && raw != Optional.class
        && raw != OptionalInt.class
        && raw != OptionalLong.class
        && raw != OptionalDouble.class
        && !Iterable.class.isAssignableFrom(raw)
        && !Map.class.isAssignableFrom(raw);
  }

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
    List<String> order = new ArrayList<>();
    for (Field declared : immutable.getDeclaredFields()) {
      order.add(declared.getName());
    }
    result.sort(Comparator.comparingInt(m -> order.indexOf(m.getName()) < 0 ? Integer.MAX_VALUE : order.indexOf(m.getName())));
    return result;
  }

  private static Type optionalContent(Type type) {
    if (type instanceof ParameterizedType && ((ParameterizedType) type).getRawType() == Optional.class) {
      return ((ParameterizedType) type).getActualTypeArguments()[0];
    }
    return null;
  }

  private static boolean setterTaking(Class<?> builder, String name, Class<?> valueType) {
    for (Method candidate : builder.getMethods()) {
      if (candidate.getName().equals(name)
          && candidate.getParameterCount() == 1
          && boxed(candidate.getParameterTypes()[0]) == boxed(valueType)) {
        return true;
      }
    }
    return false;
  }

  private static Method setterFor(Class<?> builder, Method accessor) {
    Class<?> valueType = boxed(accessor.getReturnType());
    Method best = null;
    for (Method candidate : builder.getMethods()) {
      if (!candidate.getName().equals(accessor.getName()) || candidate.getParameterCount() != 1) {
        continue;
      }
      Class<?> parameter = boxed(candidate.getParameterTypes()[0]);
      if (!parameter.isAssignableFrom(valueType)) {
        continue;
      }
      if (best == null || boxed(best.getParameterTypes()[0]).isAssignableFrom(parameter)) {
        best = candidate;
      }
    }
    return best;
  }

  private static Class<?> boxed(Class<?> type) {
    return type.isPrimitive() ? (Class<?>) java.lang.invoke.MethodType.methodType(type).wrap().returnType() : type;
  }
}
