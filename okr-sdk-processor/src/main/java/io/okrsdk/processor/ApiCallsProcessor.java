package io.okrsdk.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
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
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Writes, for every interface whose methods carry Retrofit's HTTP-method annotations, the class
 * {@code <Interface>Calls} next to it: an implementation that builds each method's request with
 * core's {@code ApiRequest} exactly as the annotations say, and returns core's {@code ApiCall}.
 * The SDK's clients use these instead of Retrofit's run-time proxies, so no annotation or generic
 * type is read by reflection when a process makes its first call.
 *
 * <p>What the SDK's interfaces use is supported, and anything else is a compile error naming the
 * method, rather than a request that silently differs from Retrofit's:
 *
 * <ul>
 *   <li>methods: {@code @GET}, {@code @POST}, {@code @PUT}, {@code @PATCH}, {@code @DELETE}, {@code
 *       @HEAD}, {@code @OPTIONS}, {@code @HTTP}; {@code @Headers}; {@code @Streaming}; the return
 *       type {@code Call<T>};
 *   <li>parameters: {@code @Url}, {@code @Path(encoded = true)} (the SDK encodes path values itself,
 *       with {@code PathSegments.encode}), {@code @Query}, {@code @Header}, {@code
 *       @HeaderMap}, {@code @Body}. (No {@code @Tag}: OkHttp 5 reads every tag through a Kotlin
 *       {@code KClass}, which a new process pays for; the SDK passes nothing to its interceptors
 *       that way on the way out.)
 * </ul>
 */
public final class ApiCallsProcessor extends SdkProcessor {
  /** The generated class's simple name is the interface's (nested names joined by {@code _}) with this suffix. */
  public static final String SUFFIX = "Calls";

  private static final String HTTP = "retrofit2.http.";
  private static final String CALL = "retrofit2.Call";
  private static final String API_CALLS = "io.okrsdk.core.internal.http.ApiCalls";

  /** Interfaces already written, so a later round does not write one twice. */
  private final Set<String> written = new java.util.HashSet<>();

  /** Creates the processor; javac finds it through {@code META-INF/services}. */
  public ApiCallsProcessor() {}

  /** Retrofit's HTTP-method annotations, the same list the metadata processor reads. */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return ModelTypes.HTTP_METHODS;
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Map<String, TypeElement> interfaces = new LinkedHashMap<>();
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        Element owner = element.getEnclosingElement();
        if (element.getKind() != ElementKind.METHOD || owner.getKind() != ElementKind.INTERFACE) {
          error(element, "Retrofit's HTTP annotations belong on methods of an interface");
          continue;
        }
        TypeElement type = (TypeElement) owner;
        interfaces.put(type.getQualifiedName().toString(), type);
      }
    }
    for (TypeElement type : interfaces.values()) {
      if (written.add(type.getQualifiedName().toString())) {
        write(type);
      }
    }
    // Claims nothing: the metadata processor reads the same annotations.
    return false;
  }

  /** The generated class's simple name for an interface. */
  static String generatedName(TypeElement type) {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    for (Element e = type.getEnclosingElement(); e instanceof TypeElement; e = e.getEnclosingElement()) {
      name.insert(0, ((TypeElement) e).getSimpleName() + "_");
    }
    return name.append(SUFFIX).toString();
  }

  private void write(TypeElement api) {
    String prefix = ModelTypes.packagePrefix(processingEnv.getElementUtils(), api);
    String simpleName = generatedName(api);
    boolean isPublic = true;
    for (Element e = api; e instanceof TypeElement; e = e.getEnclosingElement()) {
      isPublic &= e.getModifiers().contains(Modifier.PUBLIC);
    }
    List<String> types = new ArrayList<>();
    StringBuilder methods = new StringBuilder();
    boolean ok = true;
    for (ExecutableElement method : ElementFilter.methodsIn(api.getEnclosedElements())) {
      if (method.getModifiers().contains(Modifier.STATIC) || method.isDefault()) {
        continue;
      }
      ok &= method(method, types, methods);
    }
    if (!ok) {
      return;
    }
    StringBuilder out = new StringBuilder();
    if (!prefix.isEmpty()) {
      out.append("package ").append(prefix, 0, prefix.length() - 1).append(";\n\n");
    }
    out.append("/**\n * Implements {@link ").append(api.getQualifiedName())
        .append("} with the SDK's calls, as its Retrofit annotations say.\n")
        .append(" * Written by okr-sdk-processor; see {@code ApiCalls}.\n */\n")
        .append(isPublic ? "public " : "").append("final class ").append(simpleName)
        .append(" implements ").append(api.getQualifiedName()).append(" {\n");
    for (int i = 0; i < types.size(); i++) {
      out.append("  private static final java.lang.reflect.Type T").append(i).append(" = ")
          .append(types.get(i)).append(";\n");
    }
    out.append("\n  private final ").append(API_CALLS).append(" calls;\n\n")
        .append("  /**\n   * Binds the interface to a client's calls.\n   *\n   * @param calls the client's calls\n   */\n")
        .append(isPublic ? "  public " : "  ").append(simpleName).append("(").append(API_CALLS)
        .append(" calls) {\n    this.calls = java.util.Objects.requireNonNull(calls, \"calls\");\n  }\n")
        .append(methods).append("}\n");
    try (Writer writer = processingEnv.getFiler().createSourceFile(prefix + simpleName, api).openWriter()) {
      writer.write(out.toString());
    } catch (IOException e) {
      error(api, "cannot write " + simpleName + ": " + e.getMessage());
    }
  }

  /** Appends one method's implementation; false (with an error reported) when it cannot be written. */
  private boolean method(ExecutableElement method, List<String> types, StringBuilder out) {
    TypeMirror returned = method.getReturnType();
    TypeMirror body = callBody(returned);
    if (body == null) {
      return error(method, "the return type must be " + CALL + "<T>, not " + returned);
    }
    String httpMethod = null;
    String path = null;
    boolean hasBody = false;
    boolean streaming = false;
    List<String[]> headers = new ArrayList<>();
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      String name = ModelTypes.name(mirror);
      if (!name.startsWith(HTTP)) {
        continue;
      }
      String kind = name.substring(HTTP.length());
      switch (kind) {
        case "GET":
        case "DELETE":
        case "HEAD":
        case "OPTIONS":
        case "POST":
        case "PUT":
        case "PATCH":
          if (httpMethod != null) {
            return error(method, "only one HTTP method is allowed");
          }
          httpMethod = kind;
          path = (String) value(mirror, "value");
          hasBody = kind.equals("POST") || kind.equals("PUT") || kind.equals("PATCH");
          break;
        case "HTTP":
          if (httpMethod != null) {
            return error(method, "only one HTTP method is allowed");
          }
          httpMethod = (String) value(mirror, "method");
          path = (String) value(mirror, "path");
          hasBody = (Boolean) value(mirror, "hasBody");
          break;
        case "Headers":
          for (Object line : (List<?>) value(mirror, "value")) {
            String text = (String) ((AnnotationValue) line).getValue();
            int colon = text.indexOf(':');
            if (colon <= 0 || colon == text.length() - 1) {
              return error(method, "@Headers value must be in the form \"Name: Value\": " + text);
            }
            headers.add(new String[] {text.substring(0, colon).trim(), text.substring(colon + 1).trim()});
          }
          break;
        case "Streaming":
          streaming = true;
          break;
        default:
          return error(method, "@" + kind + " is not supported by the SDK's generated calls");
      }
    }
    if (path != null && path.isEmpty()) {
      path = null;
    }
    String bodyType = type(method, body, types);
    if (bodyType == null) {
      return false;
    }
    StringBuilder signature = new StringBuilder();
    List<String> first = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      String name = parameter.getSimpleName().toString();
      if (signature.length() > 0) {
        signature.append(", ");
      }
      signature.append("final ").append(source(parameter.asType())).append(' ').append(name);
      String statement = parameter(method, parameter, types, path != null);
      if (statement == null) {
        return false;
      }
      (statement.startsWith(".url(") || statement.startsWith(".path(") ? first : rest).add(statement);
    }
    if (path == null && first.stream().noneMatch(s -> s.startsWith(".url("))) {
      return error(method, "a method without a path needs an @Url parameter");
    }
    // A deprecated endpoint stays deprecated in its implementation (and javac does not warn).
    boolean deprecated = processingEnv.getElementUtils().isDeprecated(method);
    out.append(deprecated ? "\n  @Deprecated" : "").append("\n  @Override\n  public ").append(source(returned)).append(' ').append(method.getSimpleName())
        .append('(').append(signature).append(") {\n    return this.calls.request(")
        .append(ModelTypes.literal(httpMethod)).append(", ").append(path == null ? "null" : ModelTypes.literal(path)).append(", ")
        .append(hasBody).append(")");
    for (String[] header : headers) {
      out.append("\n        .header(").append(ModelTypes.literal(header[0])).append(", ").append(ModelTypes.literal(header[1])).append(')');
    }
    for (String statement : first) {
      out.append("\n        ").append(statement);
    }
    for (String statement : rest) {
      out.append("\n        ").append(statement);
    }
    out.append("\n        .call(").append(bodyType).append(", ").append(streaming).append(");\n  }\n");
    return true;
  }

  /** The builder call for one parameter, or null (with an error reported). */
  private String parameter(ExecutableElement method, VariableElement parameter, List<String> types, boolean hasPath) {
    String name = parameter.getSimpleName().toString();
    String statement = null;
    for (AnnotationMirror mirror : parameter.getAnnotationMirrors()) {
      String annotation = ModelTypes.name(mirror);
      if (!annotation.startsWith(HTTP)) {
        continue;
      }
      if (statement != null) {
        error(parameter, "one Retrofit annotation per parameter");
        return null;
      }
      String kind = annotation.substring(HTTP.length());
      switch (kind) {
        case "Url":
          if (hasPath) {
            error(parameter, "@Url cannot be used with a path in the HTTP annotation");
            return null;
          }
          statement = ".url(" + name + ")";
          break;
        case "Path":
          if (!(Boolean) value(mirror, "encoded")) {
            error(parameter, "declare @Path(encoded = true) and encode the value with PathSegments.encode");
            return null;
          }
          statement = ".path(" + ModelTypes.literal((String) value(mirror, "value")) + ", " + name + ")";
          break;
        case "Query":
          statement = ((Boolean) value(mirror, "encoded") ? ".encodedQuery(" : ".query(")
              + ModelTypes.literal((String) value(mirror, "value")) + ", " + name + ")";
          break;
        case "Header":
          statement = ".header(" + ModelTypes.literal((String) value(mirror, "value")) + ", " + name + ")";
          break;
        case "HeaderMap":
          statement = ".headers(" + name + ")";
          break;
        case "Body":
          String type = type(parameter, parameter.asType(), types);
          if (type == null) {
            return null;
          }
          statement = ".body(" + name + ", " + type + ")";
          break;
        default:
          error(parameter, "@" + kind + " is not supported by the SDK's generated calls");
          return null;
      }
    }
    if (statement == null) {
      error(parameter, "parameter " + name + " of " + method.getSimpleName() + " has no Retrofit annotation");
    }
    return statement;
  }

  /**
   * The type as an expression: a class literal written in place (so a class is loaded only when a
   * method that needs it runs), anything else the name of a static field holding it, added to
   * {@code types}; null (reported) when there is none.
   */
  private String type(Element where, TypeMirror type, List<String> types) {
    String expression = ModelTypes.typeExpression(type);
    if (expression == null) {
      error(where, "no run-time type for " + type);
      return null;
    }
    if (type.getKind() == TypeKind.DECLARED && ((DeclaredType) type).getTypeArguments().isEmpty()) {
      return expression;
    }
    int index = types.indexOf(expression);
    if (index < 0) {
      index = types.size();
      types.add(expression);
    }
    return "T" + index;
  }

  /** The {@code T} of a {@code retrofit2.Call<T>}, or null. */
  private static TypeMirror callBody(TypeMirror returned) {
    if (returned.getKind() != TypeKind.DECLARED) {
      return null;
    }
    DeclaredType declared = (DeclaredType) returned;
    if (!((TypeElement) declared.asElement()).getQualifiedName().contentEquals(CALL)
        || declared.getTypeArguments().size() != 1) {
      return null;
    }
    return declared.getTypeArguments().get(0);
  }

  /** How a type is written in source, without its annotations. */
  private static String source(TypeMirror type) {
    switch (type.getKind()) {
      case ARRAY:
        return source(((ArrayType) type).getComponentType()) + "[]";
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getSuperBound() != null) {
          return "? super " + source(wildcard.getSuperBound());
        }
        return wildcard.getExtendsBound() == null ? "?" : "? extends " + source(wildcard.getExtendsBound());
      case DECLARED:
        DeclaredType declared = (DeclaredType) type;
        StringBuilder name = new StringBuilder(((TypeElement) declared.asElement()).getQualifiedName());
        if (!declared.getTypeArguments().isEmpty()) {
          name.append('<');
          for (int i = 0; i < declared.getTypeArguments().size(); i++) {
            name.append(i == 0 ? "" : ", ").append(source(declared.getTypeArguments().get(i)));
          }
          name.append('>');
        }
        return name.toString();
      default:
        return type.getKind().isPrimitive() ? type.getKind().name().toLowerCase(java.util.Locale.ROOT) : type.toString();
    }
  }

  /** An annotation's value, its default included. */
  private Object value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        processingEnv.getElementUtils().getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue().getValue();
      }
    }
    throw new IllegalStateException("@" + ModelTypes.name(mirror) + " has no " + name);
  }

  private boolean error(Element element, String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    return false;
  }
}
