package io.okrsdk.core.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.okrsdk.core.json.OkrModel;
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Bridges Moshi and Immutables: for an abstract type marked {@link OkrModel}, reads JSON through the
 * generated {@code Immutable<Name>.builder()} and writes it through the accessors, as the model's
 * compile-time {@link ModelShape} describes them.
 *
 * <p>The only reflection is finding and creating the shape ({@link ModelShape#of}), once per model
 * type, when Moshi first asks for its adapter.
 */
final class ImmutableModelAdapterFactory implements JsonAdapter.Factory {
  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    Class<?> raw = Types.getRawType(type);
    boolean isAbstract = Modifier.isAbstract(raw.getModifiers());
    // A model is an abstract type or its generated Immutable* class. Only those have their
    // annotations read: reading a class's annotations builds all of them (String, Double and the
    // java.time types carry one), which a client starting up should not pay for.
    if (!(isAbstract || raw.getSimpleName().startsWith("Immutable")) || !raw.isAnnotationPresent(OkrModel.class)) {
      return null;
    }
    Class<?> target = raw;
    if (!isAbstract) {
      // Asked for the generated class itself: use its abstract parent's description.
      target = abstractParent(raw);
    }
    return adapter(ModelShape.of(target), moshi);
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

  private static <T> ImmutableModelAdapter<T> adapter(ModelShape<T> shape, Moshi moshi) {
    List<ModelProperty> properties = new ArrayList<>();
    for (ModelShape.Attribute attribute : shape.attributes()) {
      JsonAdapter<Object> writeAdapter = moshi.adapter(attribute.type());
      JsonAdapter<Object> readAdapter =
          attribute.readType() == attribute.type() ? writeAdapter : moshi.adapter(attribute.readType());
      properties.add(
          new ModelProperty(
              attribute,
              readAdapter,
              writeAdapter,
              JsonTokens.accepted(attribute.readType(), readAdapter)));
    }
    return new ImmutableModelAdapter<>(shape, properties);
  }
}
