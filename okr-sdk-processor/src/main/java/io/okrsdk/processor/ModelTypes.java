package io.okrsdk.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * What the processors agree on: which types are models, how annotations and packages are named, and
 * how a type is written as a {@code java.lang.reflect.Type} expression.
 */
final class ModelTypes {
  private static final String MOSHI_TYPES = "com.squareup.moshi.Types";

  /** The marker of a model type. */
  static final String OKR_MODEL = "io.okrsdk.core.json.OkrModel";

  /** Retrofit's HTTP-method annotations: a method with one is an endpoint. */
  static final Set<String> HTTP_METHODS =
      Set.of(
          "retrofit2.http.GET",
          "retrofit2.http.POST",
          "retrofit2.http.PUT",
          "retrofit2.http.PATCH",
          "retrofit2.http.DELETE",
          "retrofit2.http.HEAD",
          "retrofit2.http.OPTIONS",
          "retrofit2.http.HTTP");

  private ModelTypes() {}

  /** An abstract type (not an annotation) marked {@code @OkrModel} itself; a marked package does not count. */
  static boolean isModel(TypeElement type) {
    boolean isAbstract = type.getKind() == ElementKind.INTERFACE || type.getModifiers().contains(Modifier.ABSTRACT);
    return isAbstract && type.getKind() != ElementKind.ANNOTATION_TYPE && annotation(type, OKR_MODEL) != null;
  }

  /** The element's annotation of that type, or {@code null}. */
  static AnnotationMirror annotation(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (name(mirror).equals(qualifiedName)) {
        return mirror;
      }
    }
    return null;
  }

  /** The qualified name of an annotation's type. */
  static String name(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** The type's package name followed by a dot, or nothing for the unnamed package. */
  static String packagePrefix(Elements elements, TypeElement type) {
    String name = elements.getPackageOf(type).getQualifiedName().toString();
    return name.isEmpty() ? "" : name + ".";
  }

  /**
   * A Java expression for the {@code java.lang.reflect.Type} of {@code type}, or {@code null} for a
   * type that has none (a type variable, say).
   */
  static String typeExpression(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN:
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
      case CHAR:
      case FLOAT:
      case DOUBLE:
        return type.getKind().name().toLowerCase(java.util.Locale.ROOT) + ".class";
      case ARRAY:
        TypeMirror component = ((ArrayType) type).getComponentType();
        if (component.getKind().isPrimitive()) {
          return typeExpression(component).replace(".class", "[].class");
        }
        String componentType = typeExpression(component);
        return componentType == null ? null : MOSHI_TYPES + ".arrayOf(" + componentType + ")";
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getSuperBound() != null) {
          String lower = typeExpression(wildcard.getSuperBound());
          return lower == null ? null : MOSHI_TYPES + ".supertypeOf(" + lower + ")";
        }
        TypeMirror bound = wildcard.getExtendsBound();
        String upper = bound == null ? "Object.class" : typeExpression(bound);
        return upper == null ? null : MOSHI_TYPES + ".subtypeOf(" + upper + ")";
      case DECLARED:
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        String raw = element.getQualifiedName() + ".class";
        if (declared.getTypeArguments().isEmpty()) {
          return raw;
        }
        StringBuilder arguments = new StringBuilder();
        for (TypeMirror argument : declared.getTypeArguments()) {
          String expression = typeExpression(argument);
          if (expression == null) {
            return null;
          }
          arguments.append(", ").append(expression);
        }
        if (element.getEnclosingElement() instanceof TypeElement) {
          // Moshi wants a nested type's owner spelled out.
          return MOSHI_TYPES + ".newParameterizedTypeWithOwner("
              + ((TypeElement) element.getEnclosingElement()).getQualifiedName() + ".class, " + raw + arguments + ")";
        }
        return MOSHI_TYPES + ".newParameterizedType(" + raw + arguments + ")";
      default:
        return null;
    }
  }

  /** A Java string literal for {@code text}. */
  static String literal(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** The simple name of an enum's generated spellings class (core's {@code EnumShape}). */
  static final String SPELLINGS_SUFFIX = "JsonSpellings";

  /** The qualified name of an enum's generated spellings: nested names joined by {@code _}. */
  static String spellingsName(Elements elements, TypeElement enumType) {
    String prefix = packagePrefix(elements, enumType);
    return prefix + enumType.getQualifiedName().toString().substring(prefix.length()).replace('.', '_') + SPELLINGS_SUFFIX;
  }

  /** Every enum a model's accessors (public, non-static, no parameters, inherited too) mention. */
  static Set<TypeElement> enumsOfModel(Elements elements, TypeElement model) {
    Set<TypeElement> enums = new LinkedHashSet<>();
    for (ExecutableElement accessor : ElementFilter.methodsIn(elements.getAllMembers(model))) {
      if (!accessor.getModifiers().contains(Modifier.STATIC) && accessor.getParameters().isEmpty()) {
        enumsIn(accessor.getReturnType(), enums, new HashSet<>());
      }
    }
    return enums;
  }

  /** Adds every enum named in {@code type} or its type arguments (Optional, List, OpenEnum...). */
  static void enumsIn(TypeMirror type, Set<TypeElement> enums, Set<String> seen) {
    if (type.getKind() == TypeKind.ARRAY) {
      enumsIn(((ArrayType) type).getComponentType(), enums, seen);
    } else if (type.getKind() == TypeKind.WILDCARD) {
      TypeMirror bound = ((WildcardType) type).getExtendsBound();
      if (bound != null) {
        enumsIn(bound, enums, seen);
      }
    } else if (type.getKind() == TypeKind.DECLARED) {
      DeclaredType declared = (DeclaredType) type;
      TypeElement element = (TypeElement) declared.asElement();
      if (!seen.add(element.getQualifiedName() + declared.getTypeArguments().toString())) {
        return;
      }
      if (element.getKind() == ElementKind.ENUM) {
        enums.add(element);
      }
      for (TypeMirror argument : declared.getTypeArguments()) {
        enumsIn(argument, enums, seen);
      }
    }
  }
}
