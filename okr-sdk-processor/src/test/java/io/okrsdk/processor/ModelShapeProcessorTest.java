package io.okrsdk.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the processor in javac on small sources: stand-ins for core's and Moshi's annotations, a
 * model, and its {@code Immutable<Name>} written by hand the way Immutables writes it (so the test
 * needs neither Immutables nor core), compiled together with what the processor writes. The
 * processor's rules on real models are checked against reflection by core's {@code
 * ModelShapeCheck}; here, its output, that it compiles, and its refusals.
 */
@Timeout(60)
class ModelShapeProcessorTest {
  private static final Map<String, String> STAND_INS =
      Map.of(
          "io/okrsdk/core/json/OkrModel.java",
          "package io.okrsdk.core.json; public @interface OkrModel {}",
          "io/okrsdk/core/json/HasUnrecognized.java",
          "package io.okrsdk.core.json; public interface HasUnrecognized { default Unrecognized unrecognized() { return null; } }",
          "io/okrsdk/core/json/Unrecognized.java",
          "package io.okrsdk.core.json; public final class Unrecognized {}",
          "io/okrsdk/core/json/WireAlias.java",
          "package io.okrsdk.core.json; public @interface WireAlias { String[] value(); }",
          "com/squareup/moshi/Json.java",
          "package com.squareup.moshi; public @interface Json { String name() default \"\\u0000\"; boolean ignore() default false; }",
          "com/squareup/moshi/JsonQualifier.java",
          "package com.squareup.moshi; public @interface JsonQualifier {}",
          "com/squareup/moshi/Types.java",
          "package com.squareup.moshi; import java.lang.reflect.Type; public final class Types {\n"
              + "  public static Type newParameterizedType(Type raw, Type... arguments) { return raw; }\n"
              + "  public static Type newParameterizedTypeWithOwner(Type owner, Type raw, Type... arguments) { return raw; }\n"
              + "  public static Type arrayOf(Type component) { return component; }\n"
              + "  public static Type subtypeOf(Type bound) { return bound; }\n"
              + "  public static Type supertypeOf(Type bound) { return bound; } }",
          // The signatures generated code calls, as core declares them: the generated class must compile.
          "io/okrsdk/core/internal/json/ModelShape.java",
          "package io.okrsdk.core.internal.json; import java.lang.reflect.Type; import java.util.List;\n"
              + "public abstract class ModelShape<T> {\n"
              + "  protected ModelShape(Class<T> type, List<Attribute> attributes, boolean keepsUnrecognized,"
              + " String bareArrayAttribute, boolean acceptsWrapped) {}\n"
              + "  public abstract Object newBuilder();\n"
              + "  public abstract void set(Object builder, int attribute, Object value);\n"
              + "  public abstract void setUnrecognized(Object builder, io.okrsdk.core.json.Unrecognized unrecognized);\n"
              + "  public abstract T build(Object builder);\n"
              + "  public abstract Object get(T model, int attribute);\n"
              + "  public static Attribute attribute(String jsonName, String name, Type type, Type readType, boolean required,"
              + " String... aliases) { return new Attribute(); }\n"
              + "  public static final class Attribute {} }");

  @TempDir Path dir;

  @Test
  void writesTheAttributesInFieldOrderWithJsonNamesAliasesAndTheUnwrappedOptionalSetter() throws IOException {
    ProcessorRun result =
        compile(
            Map.of(
                "p/Thing.java",
                "package p;\n"
                    + "import com.squareup.moshi.Json;\n"
                    + "import io.okrsdk.core.json.*;\n"
                    + "import java.util.*;\n"
                    + "@OkrModel public interface Thing extends HasUnrecognized {\n"
                    + "  String id();\n"
                    + "  @Json(name = \"display_name\") @WireAlias({\"title\"}) Optional<String> name();\n"
                    + "  List<String> tags();\n"
                    + "  default int weight() { return 1; }\n"
                    + "  default String label() { return id(); }\n"
                    + "  @Json(ignore = true) Optional<String> secret();\n"
                    + "}\n",
                "p/ImmutableThing.java",
                "package p;\n"
                    + "import io.okrsdk.core.json.Unrecognized;\n"
                    + "import java.util.*;\n"
                    + "public final class ImmutableThing implements Thing {\n"
                    + "  private List<String> tags; private String id; private String name; private int weight;\n"
                    + "  private String secret; private Unrecognized unrecognized;\n"
                    + "  public String id() { return id; }\n"
                    + "  public Optional<String> name() { return Optional.ofNullable(name); }\n"
                    + "  public List<String> tags() { return tags; }\n"
                    + "  public Optional<String> secret() { return Optional.ofNullable(secret); }\n"
                    + "  public static Builder builder() { return new Builder(); }\n"
                    + "  public static final class Builder {\n"
                    + "    public Builder id(String id) { return this; }\n"
                    + "    public Builder name(String name) { return this; }\n"
                    + "    public Builder name(Optional<String> name) { return this; }\n"
                    + "    public Builder tags(Iterable<String> tags) { return this; }\n"
                    + "    public Builder addTags(String tag) { return this; }\n"
                    + "    public Builder weight(int weight) { return this; }\n"
                    + "    public Builder secret(String secret) { return this; }\n"
                    + "    public Builder unrecognized(Unrecognized unrecognized) { return this; }\n"
                    + "    public ImmutableThing build() { return new ImmutableThing(); }\n"
                    + "  }\n"
                    + "}\n"));

    assertThat(result.errors()).isEmpty();
    String shape = result.generated("p/ThingJsonShape.java");
    String tags = "attribute(\"tags\", \"tags\", com.squareup.moshi.Types.newParameterizedType(java.util.List.class, "
        + "java.lang.String.class), com.squareup.moshi.Types.newParameterizedType(java.util.List.class, "
        + "java.lang.String.class), false)";
    String id = "attribute(\"id\", \"id\", java.lang.String.class, java.lang.String.class, true)";
    String name = "attribute(\"display_name\", \"name\", com.squareup.moshi.Types.newParameterizedType("
        + "java.util.Optional.class, java.lang.String.class), java.lang.String.class, false, \"title\")";
    String weight = "attribute(\"weight\", \"weight\", int.class, int.class, false)";
    assertThat(shape).contains(tags, id, name, weight);
    // The generated class's field order, not the model's method order.
    assertThat(shape.indexOf(tags)).isLessThan(shape.indexOf(id));
    assertThat(shape.indexOf(id)).isLessThan(shape.indexOf(name));
    assertThat(shape.indexOf(name)).isLessThan(shape.indexOf(weight));
    assertThat(shape)
        .doesNotContain("\"secret\"", "\"label\"", "attribute(\"unrecognized\"")
        .contains("final class ThingJsonShape extends io.okrsdk.core.internal.json.ModelShape<p.Thing>")
        .contains("return p.ImmutableThing.builder();")
        .contains("b.name((java.lang.String) value);")
        .contains("b.tags((java.lang.Iterable) value);")
        .contains("b.weight((java.lang.Integer) value);")
        .contains("((p.ImmutableThing.Builder) builder).unrecognized(unrecognized);")
        .contains("return model.weight();");
  }

  @Test
  void aModelWhoseImmutableClassNeverAppearsFailsTheBuild() throws IOException {
    ProcessorRun result =
        compile(Map.of("p/Lonely.java", "package p; @io.okrsdk.core.json.OkrModel public interface Lonely { String id(); }"));

    assertThat(result.errors()).anySatisfy(error -> assertThat(error).contains("ImmutableLonely was not generated"));
  }

  @Test
  void aJsonQualifierOnAnAccessorFailsTheBuild() throws IOException {
    ProcessorRun result =
        compile(
            Map.of(
                "p/Upper.java",
                "package p; @com.squareup.moshi.JsonQualifier public @interface Upper {}",
                "p/Loud.java",
                "package p; @io.okrsdk.core.json.OkrModel public interface Loud { @Upper String id(); }",
                "p/ImmutableLoud.java",
                "package p; public final class ImmutableLoud implements Loud { private String id; public String id() { return id; }\n"
                    + "  public static Builder builder() { return new Builder(); }\n"
                    + "  public static final class Builder { public Builder id(String id) { return this; }\n"
                    + "    public ImmutableLoud build() { return new ImmutableLoud(); } } }"));

    assertThat(result.errors()).anySatisfy(error -> assertThat(error).contains("JSON qualifier annotations are not supported"));
  }

  @Test
  void aGenericModelFailsTheBuild() throws IOException {
    ProcessorRun result =
        compile(
            Map.of(
                "p/Box.java",
                "package p; @io.okrsdk.core.json.OkrModel public interface Box<T> { T value(); }",
                "p/ImmutableBox.java",
                "package p; public final class ImmutableBox<T> implements Box<T> { public T value() { return null; }\n"
                    + "  public static <T> Builder<T> builder() { return new Builder<>(); }\n"
                    + "  public static final class Builder<T> { public Builder<T> value(T value) { return this; }\n"
                    + "    public ImmutableBox<T> build() { return new ImmutableBox<>(); } } }"));

    assertThat(result.errors()).anySatisfy(error -> assertThat(error).contains("a generic @OkrModel type has no JSON shape"));
  }

  private ProcessorRun compile(Map<String, String> sources) throws IOException {
    return ProcessorRun.compile(dir, new ModelShapeProcessor(), STAND_INS, sources);
  }
}
