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
 * <p>The only reflection is finding and creating the shape ({@link ModelShape#find}), once per
 * model type, when Moshi first asks for its adapter.
 */
final class ImmutableModelAdapterFactory implements JsonAdapter.Factory {
  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    Class<?> raw = Types.getRawType(type);
    boolean isAbstract = Modifier.isAbstract(raw.getModifiers());
    // A model is an abstract type with a generated shape, or that type's generated Immutable*
    // class. No annotation is read: building an annotation instance makes a proxy class, which a
    // client starting up should not pay for (benchmarks/README.md, "Cold start").
    if (raw.isPrimitive() || raw.isArray() || isLibraryType(raw)
        || !(isAbstract || raw.getSimpleName().startsWith("Immutable"))) {
      return null;
    }
    ModelShape<?> shape = isAbstract ? ModelShape.find(raw) : shapeOfParent(raw);
    return shape == null ? null : adapter(shape, moshi);
  }

  /** Types of the JDK and the libraries, which are never models: no shape is looked for. */
  private static boolean isLibraryType(Class<?> raw) {
    String name = raw.getName();
    return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("kotlin.")
        || name.startsWith("com.squareup.") || name.startsWith("okhttp3.") || name.startsWith("okio.");
  }

  private static @Nullable ModelShape<?> shapeOfParent(Class<?> generated) {
    if (generated.getSuperclass() != null) {
      ModelShape<?> shape = ModelShape.find(generated.getSuperclass());
      if (shape != null) {
        return shape;
      }
    }
    for (Class<?> parent : generated.getInterfaces()) {
      ModelShape<?> shape = ModelShape.find(parent);
      if (shape != null) {
        return shape;
      }
    }
    return null;
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
