package io.okrsdk.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** What both processors agree on: which types are models, and how annotations and packages are named. */
final class ModelTypes {
  /** The marker of a model type. */
  static final String OKR_MODEL = "io.okrsdk.core.json.OkrModel";

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
}
