package io.okrsdk.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * Writes each {@code @OkrModel} type's JSON shape: the package-private class {@code
 * <Name>JsonShape} next to the model, a core {@code ModelShape} that lists the JSON attributes and
 * calls the generated {@code Immutable<Name>} builder and the accessors directly.
 *
 * <p>The attributes follow the rules the JSON layer has always used, applied to the generated code
 * itself, so the shape waits for the round in which Immutables' {@code Immutable<Name>} appears:
 *
 * <ul>
 *   <li>an attribute is a public, non-static, no-argument, non-void accessor of the model that has
 *       a same-named one-argument setter on the generated builder (derived values and helper
 *       methods have none); the setter taking the most specific type the accessor's type fits is
 *       used, and for an {@code Optional<X>} the builder's setter taking {@code X} itself, read
 *       with X's adapter;
 *   <li>the order is the generated class's field order, which is the model's declaration order;
 *       what has no field follows in name order;
 *   <li>{@code @Json(name)} renames, {@code @Json(ignore = true)} leaves out, {@code @WireAlias}
 *       adds names read;
 *   <li>required: an abstract accessor whose type is not an {@code Optional}, an {@code Iterable}
 *       or a {@code Map} (the builder refuses to build without it);
 *   <li>the {@code unrecognized()} of a {@code HasUnrecognized} model is filled by the JSON layer,
 *       never read from JSON.
 * </ul>
 *
 * <p>JSON qualifier annotations on accessors are refused: the JSON layer has no use for them.
 */
@SupportedAnnotationTypes("*")
public final class ModelShapeProcessor extends SdkProcessor {
  /** The generated class's simple name is the model's with this suffix. */
  public static final String SUFFIX = "JsonShape";

  private static final String HAS_UNRECOGNIZED = "io.okrsdk.core.json.HasUnrecognized";
  private static final String UNRECOGNIZED = "io.okrsdk.core.json.Unrecognized";
  private static final String WIRE_ALIAS = "io.okrsdk.core.json.WireAlias";
  private static final String ACCEPTS_BARE_ARRAY = "io.okrsdk.core.json.AcceptsBareArray";
  private static final String ACCEPTS_WRAPPED = "io.okrsdk.core.json.AcceptsWrapped";
  private static final String JSON = "com.squareup.moshi.Json";
  private static final String JSON_QUALIFIER = "com.squareup.moshi.JsonQualifier";
  private static final String UNSET_NAME = "\u0000";

  /** Every type compiled here (qualified names): only their enums get spellings written here. */
  private final Set<String> compiled = new java.util.HashSet<>();
  /** Enums whose spellings are written. */
  private final Set<String> spelled = new java.util.HashSet<>();

  /** Models found whose {@code Immutable<Name>} has not appeared yet, by qualified name. */
  private final Map<String, TypeElement> pending = new LinkedHashMap<>();

  private Elements elements;
  private Types types;

  /** Creates the processor; javac finds it through {@code META-INF/services}. */
  public ModelShapeProcessor() {}

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    elements = processingEnv.getElementUtils();
    types = processingEnv.getTypeUtils();
    for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
      collect(type);
    }
    for (TypeElement model : new ArrayList<>(pending.values())) {
      TypeElement immutable = elements.getTypeElement(packageOf(model) + "Immutable" + model.getSimpleName());
      if (immutable != null) {
        pending.remove(model.getQualifiedName().toString());
        write(model, immutable);
        for (TypeElement e : ModelTypes.enumsOfModel(elements, model)) {
          String name = e.getQualifiedName().toString();
          if (compiled.contains(name) && spelled.add(name)) {
            writeSpellings(e);
          }
        }
      }
    }
    if (round.processingOver()) {
      for (TypeElement model : pending.values()) {
        error(model, "Immutable" + model.getSimpleName() + " was not generated (missing @Value.Immutable?)");
      }
    }
    // Claims nothing: Immutables (and any other processor) still sees every annotation.
    return false;
  }

  private void collect(TypeElement type) {
    compiled.add(type.getQualifiedName().toString());
    if (ModelTypes.isModel(type)) {
      pending.put(type.getQualifiedName().toString(), type);
    }
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      collect(nested);
    }
  }

  /** One attribute as the generated code sets and reads it. */
  private static final class Attribute {
    String jsonName;
    String name;
    TypeMirror type;
    TypeMirror readType;
    boolean required;
    List<String> aliases = new ArrayList<>();
    /** The erasure of the setter's parameter, boxed: what the value is cast to. */
    TypeMirror setterParameter;
  }

  private void write(TypeElement model, TypeElement immutable) {
    if (!model.getTypeParameters().isEmpty()) {
      error(model, "a generic @OkrModel type has no JSON shape");
      return;
    }
    TypeElement builder = builderOf(immutable);
    if (builder == null) {
      error(model, immutable.getSimpleName() + " has no static builder()");
      return;
    }
    List<ExecutableElement> setters = publicMethods(builder);
    List<Attribute> attributes = new ArrayList<>();
    boolean keepsUnrecognized = false;
    for (ExecutableElement accessor : accessors(model, immutable)) {
      TypeMirror returnType = ((ExecutableType) types.asMemberOf((DeclaredType) model.asType(), accessor)).getReturnType();
      ExecutableElement setter = setterFor(setters, accessor.getSimpleName().toString(), returnType);
      if (isUnrecognizedAccessor(model, accessor, returnType)) {
        keepsUnrecognized = setter != null;
        continue;
      }
      if (setter == null) {
        continue;
      }
      AnnotationMirror json = ModelTypes.annotation(accessor, JSON);
      if (json != null && Boolean.TRUE.equals(value(json, "ignore"))) {
        continue;
      }
      for (AnnotationMirror annotation : accessor.getAnnotationMirrors()) {
        if (ModelTypes.annotation(annotation.getAnnotationType().asElement(), JSON_QUALIFIER) != null) {
          error(accessor, "JSON qualifier annotations are not supported on model accessors");
        }
      }
      Attribute attribute = new Attribute();
      Object jsonName = json == null ? null : value(json, "name");
      attribute.name = accessor.getSimpleName().toString();
      attribute.jsonName = jsonName == null || UNSET_NAME.equals(jsonName) ? attribute.name : (String) jsonName;
      attribute.type = returnType;
      attribute.readType = returnType;
      TypeMirror inner = optionalContent(returnType);
      ExecutableElement unwrapped = inner == null ? null : setterTaking(setters, attribute.name, inner);
      if (unwrapped != null) {
        setter = unwrapped;
        attribute.readType = inner;
      }
      attribute.setterParameter = boxed(types.erasure(setter.getParameters().get(0).asType()));
      attribute.required = isRequired(accessor, returnType);
      AnnotationMirror alias = ModelTypes.annotation(accessor, WIRE_ALIAS);
      if (alias != null) {
        for (Object each : (List<?>) value(alias, "value")) {
          attribute.aliases.add((String) ((AnnotationValue) each).getValue());
        }
      }
      attributes.add(attribute);
    }
    AnnotationMirror bare = ModelTypes.annotation(model, ACCEPTS_BARE_ARRAY);
    String source =
        source(
            model,
            builder,
            attributes,
            keepsUnrecognized,
            bare == null ? null : (String) value(bare, "value"),
            ModelTypes.annotation(model, ACCEPTS_WRAPPED) != null);
    String name = packageOf(model) + model.getSimpleName() + SUFFIX;
    try (Writer out = processingEnv.getFiler().createSourceFile(name, model).openWriter()) {
      out.write(source);
    } catch (IOException e) {
      error(model, "cannot write " + name + ": " + e);
    }
  }

  private String source(
      TypeElement model,
      TypeElement builder,
      List<Attribute> attributes,
      boolean keepsUnrecognized,
      String bareArrayAttribute,
      boolean acceptsWrapped) {
    String modelName = model.getQualifiedName().toString();
    String builderName = builder.getQualifiedName().toString();
    String shapeName = model.getSimpleName() + SUFFIX;
    String packageName = elements.getPackageOf(model).getQualifiedName().toString();
    StringBuilder out = new StringBuilder();
    if (!packageName.isEmpty()) {
      out.append("package ").append(packageName).append(";\n\n");
    }
    out.append("/**\n * The JSON shape of {@link ").append(modelName).append("}, generated from the model and its\n")
        .append(" * builder when the module is compiled (see okr-sdk-processor's ModelShapeProcessor).\n */\n");
    out.append("final class ").append(shapeName).append(" extends io.okrsdk.core.internal.json.ModelShape<")
        .append(modelName).append("> {\n");
    out.append("  ").append(shapeName).append("() {\n");
    out.append("    super(\n        ").append(modelName).append(".class,\n        java.util.List.of(");
    for (int i = 0; i < attributes.size(); i++) {
      Attribute a = attributes.get(i);
      out.append(i == 0 ? "\n" : ",\n").append("            io.okrsdk.core.internal.json.ModelShape.attribute(")
          .append(ModelTypes.literal(a.jsonName)).append(", ").append(ModelTypes.literal(a.name)).append(", ")
          .append(typeExpression(a.type)).append(", ").append(typeExpression(a.readType)).append(", ")
          .append(a.required);
      for (String alias : a.aliases) {
        out.append(", ").append(ModelTypes.literal(alias));
      }
      out.append(")");
    }
    out.append("),\n        ").append(keepsUnrecognized).append(",\n        ")
        .append(bareArrayAttribute == null ? "null" : ModelTypes.literal(bareArrayAttribute)).append(",\n        ")
        .append(acceptsWrapped).append(");\n  }\n\n");

    out.append("  @Override\n  public Object newBuilder() {\n    return ")
        .append(packageOf(model)).append("Immutable").append(model.getSimpleName()).append(".builder();\n  }\n\n");

    out.append("  @Override\n  @SuppressWarnings({\"unchecked\", \"rawtypes\"})\n")
        .append("  public void set(Object builder, int attribute, Object value) {\n")
        .append("    ").append(builderName).append(" b = (").append(builderName).append(") builder;\n")
        .append("    switch (attribute) {\n");
    for (int i = 0; i < attributes.size(); i++) {
      Attribute a = attributes.get(i);
      String cast = a.setterParameter.toString().equals("java.lang.Object") ? "" : "(" + a.setterParameter + ") ";
      out.append("      case ").append(i).append(":\n        b.").append(a.name).append("(").append(cast)
          .append("value);\n        return;\n");
    }
    out.append("      default:\n        throw new IndexOutOfBoundsException(attribute);\n    }\n  }\n\n");

    out.append("  @Override\n  public void setUnrecognized(Object builder, io.okrsdk.core.json.Unrecognized unrecognized) {\n");
    if (keepsUnrecognized) {
      out.append("    ((").append(builderName).append(") builder).unrecognized(unrecognized);\n");
    } else {
      out.append("    throw new UnsupportedOperationException(\"").append(model.getSimpleName())
          .append(" keeps no unrecognized fields\");\n");
    }
    out.append("  }\n\n");

    out.append("  @Override\n  public ").append(modelName).append(" build(Object builder) {\n    return ((")
        .append(builderName).append(") builder).build();\n  }\n\n");

    out.append("  @Override\n  public Object get(").append(modelName).append(" model, int attribute) {\n")
        .append("    switch (attribute) {\n");
    for (int i = 0; i < attributes.size(); i++) {
      out.append("      case ").append(i).append(":\n        return model.").append(attributes.get(i).name).append("();\n");
    }
    out.append("      default:\n        throw new IndexOutOfBoundsException(attribute);\n    }\n  }\n}\n");
    return out.toString();
  }

  /**
   * Writes an enum's spellings (core's {@code EnumShape}): per constant in declaration order, its
   * primary spelling ({@code @Json(name)}, else its Java name) and its {@code @WireAlias}es, so
   * they are not read from annotations at run time.
   */
  private void writeSpellings(TypeElement enumType) {
    String qualified = ModelTypes.spellingsName(elements, enumType);
    String prefix = packageOf(enumType);
    String simple = qualified.substring(prefix.length());
    String enumName = enumType.getQualifiedName().toString();
    StringBuilder out = new StringBuilder();
    if (!prefix.isEmpty()) {
      out.append("package ").append(prefix, 0, prefix.length() - 1).append(";\n\n");
    }
    out.append("/** The wire spellings of {@link ").append(enumName).append("}; written by okr-sdk-processor. */\n")
        .append("final class ").append(simple).append(" extends io.okrsdk.core.internal.json.EnumShape<")
        .append(enumName).append("> {\n  ").append(simple).append("() {\n    super(").append(enumName)
        .append(".class, new String[][] {");
    for (Element constant : enumType.getEnclosedElements()) {
      if (constant.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      AnnotationMirror json = ModelTypes.annotation(constant, JSON);
      Object jsonName = json == null ? null : value(json, "name");
      String primary = jsonName == null || UNSET_NAME.equals(jsonName) ? constant.getSimpleName().toString() : (String) jsonName;
      out.append("\n      {").append(ModelTypes.literal(primary));
      AnnotationMirror alias = ModelTypes.annotation(constant, WIRE_ALIAS);
      Object aliases = alias == null ? null : value(alias, "value");
      if (aliases instanceof List) {
        for (Object spelling : (List<?>) aliases) {
          out.append(", ").append(ModelTypes.literal((String) ((AnnotationValue) spelling).getValue()));
        }
      }
      out.append("},");
    }
    out.append("\n    });\n  }\n}\n");
    try (Writer writer = processingEnv.getFiler().createSourceFile(qualified, enumType).openWriter()) {
      writer.write(out.toString());
    } catch (IOException e) {
      error(enumType, "cannot write " + qualified + ": " + e.getMessage());
    }
  }

  private String typeExpression(TypeMirror type) {
    String expression = ModelTypes.typeExpression(type);
    if (expression == null) {
      error(null, "no JSON type for " + type);
      return "Object.class";
    }
    return expression;
  }

  private TypeElement builderOf(TypeElement immutable) {
    for (ExecutableElement method : ElementFilter.methodsIn(immutable.getEnclosedElements())) {
      if (method.getSimpleName().contentEquals("builder")
          && method.getParameters().isEmpty()
          && method.getModifiers().contains(Modifier.STATIC)
          && method.getReturnType().getKind() == TypeKind.DECLARED) {
        return (TypeElement) ((DeclaredType) method.getReturnType()).asElement();
      }
    }
    return null;
  }

  /** Public, non-static accessors with no parameters, in declaration order, then name order. */
  private List<ExecutableElement> accessors(TypeElement model, TypeElement immutable) {
    List<ExecutableElement> result = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    List<ExecutableElement> members = new ArrayList<>(ElementFilter.methodsIn(elements.getAllMembers(model)));
    members.sort(Comparator.comparing(m -> m.getSimpleName().toString()));
    for (ExecutableElement method : members) {
      TypeElement owner = (TypeElement) method.getEnclosingElement();
      if (!method.getParameters().isEmpty()
          || !method.getModifiers().contains(Modifier.PUBLIC)
          || method.getModifiers().contains(Modifier.STATIC)
          || method.getReturnType().getKind() == TypeKind.VOID
          || owner.getQualifiedName().contentEquals("java.lang.Object")
          || !seen.add(method.getSimpleName().toString())) {
        continue;
      }
      result.add(method);
    }
    List<String> order = new ArrayList<>();
    for (VariableElement field : ElementFilter.fieldsIn(immutable.getEnclosedElements())) {
      order.add(field.getSimpleName().toString());
    }
    result.sort(
        Comparator.comparingInt(
            m -> {
              int index = order.indexOf(m.getSimpleName().toString());
              return index < 0 ? Integer.MAX_VALUE : index;
            }));
    return result;
  }

  private List<ExecutableElement> publicMethods(TypeElement type) {
    List<ExecutableElement> result = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (method.getModifiers().contains(Modifier.PUBLIC) && !method.getModifiers().contains(Modifier.STATIC)) {
        result.add(method);
      }
    }
    return result;
  }

  /** The builder's setter that takes the accessor's own type or the most specific supertype of it. */
  private ExecutableElement setterFor(List<ExecutableElement> setters, String name, TypeMirror accessorType) {
    TypeMirror valueType = boxed(types.erasure(accessorType));
    ExecutableElement best = null;
    TypeMirror bestParameter = null;
    for (ExecutableElement candidate : setters) {
      if (!candidate.getSimpleName().contentEquals(name) || candidate.getParameters().size() != 1) {
        continue;
      }
      TypeMirror parameter = boxed(types.erasure(candidate.getParameters().get(0).asType()));
      if (!types.isAssignable(valueType, parameter)) {
        continue;
      }
      if (best == null || types.isAssignable(parameter, bestParameter)) {
        best = candidate;
        bestParameter = parameter;
      }
    }
    return best;
  }

  /** The builder's setter {@code name(X)} for exactly the erasure of {@code X}. */
  private ExecutableElement setterTaking(List<ExecutableElement> setters, String name, TypeMirror valueType) {
    TypeMirror wanted = boxed(types.erasure(valueType));
    for (ExecutableElement candidate : setters) {
      if (candidate.getSimpleName().contentEquals(name)
          && candidate.getParameters().size() == 1
          && types.isSameType(boxed(types.erasure(candidate.getParameters().get(0).asType())), wanted)) {
        return candidate;
      }
    }
    return null;
  }

  private boolean isUnrecognizedAccessor(TypeElement model, ExecutableElement accessor, TypeMirror returnType) {
    TypeElement hasUnrecognized = elements.getTypeElement(HAS_UNRECOGNIZED);
    return hasUnrecognized != null
        && types.isAssignable(types.erasure(model.asType()), types.erasure(hasUnrecognized.asType()))
        && accessor.getSimpleName().contentEquals("unrecognized")
        && isClass(returnType, UNRECOGNIZED);
  }

  private boolean isRequired(ExecutableElement accessor, TypeMirror returnType) {
    if (!accessor.getModifiers().contains(Modifier.ABSTRACT) || returnType.getKind() == TypeKind.ARRAY) {
      return accessor.getModifiers().contains(Modifier.ABSTRACT);
    }
    if (returnType.getKind() != TypeKind.DECLARED) {
      return true;
    }
    TypeMirror raw = types.erasure(returnType);
    return !isClass(raw, "java.util.Optional")
        && !isClass(raw, "java.util.OptionalInt")
        && !isClass(raw, "java.util.OptionalLong")
        && !isClass(raw, "java.util.OptionalDouble")
        && !types.isAssignable(raw, types.erasure(elements.getTypeElement("java.lang.Iterable").asType()))
        && !types.isAssignable(raw, types.erasure(elements.getTypeElement("java.util.Map").asType()));
  }

  /** The {@code X} of {@code Optional<X>}, or {@code null} for any other type. */
  private TypeMirror optionalContent(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED && isClass(type, "java.util.Optional")) {
      List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
      return arguments.size() == 1 ? arguments.get(0) : null;
    }
    return null;
  }

  private boolean isClass(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
  }

  private TypeMirror boxed(TypeMirror type) {
    return type.getKind().isPrimitive() ? types.boxedClass(types.getPrimitiveType(type.getKind())).asType() : type;
  }

  /** An annotation's explicit value, or {@code null} when it was left at its default. */
  private static Object value(AnnotationMirror annotation, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue().getValue();
      }
    }
    return null;
  }

  private String packageOf(TypeElement type) {
    return ModelTypes.packagePrefix(elements, type);
  }

  private void error(Element element, String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
  }
}
