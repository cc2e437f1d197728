package io.okrsdk.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * Writes the GraalVM reachability metadata of one jar from the code being compiled, so the metadata
 * cannot drift from the models and API interfaces it describes.
 *
 * <p>What is registered, and why (see core's {@code ImmutableModelAdapterFactory} and
 * {@code EnumSpellings}):
 *
 * <ul>
 *   <li>every abstract type marked {@code io.okrsdk.core.json.OkrModel}: the JSON layer checks
 *       its annotation;
 *   <li>its generated {@code <Name>JsonShape} (see {@link ModelShapeProcessor}): the JSON layer
 *       finds it by name and calls its constructor reflectively, once;
 *   <li>every enum a model accessor or API method mentions: its constants are read reflectively
 *       (and their {@code @Json} names, for an enum compiled elsewhere);
 *   <li>the generated {@code <Enum>JsonSpellings} of each such enum compiled here: created
 *       reflectively, once.
 * </ul>
 *
 * <p>The Retrofit interfaces themselves need nothing: {@link ApiCallsProcessor} implements them
 * with plain generated classes, so no proxy is made and no annotation is read at run time.
 *
 * <p>Types are found by annotation, never by package, so moving a model or an interface does not
 * lose its entry. The jar's artifact id comes from the {@code -Aokrsdk.artifact=...} option; the
 * files land in {@code META-INF/native-image/io.okrsdk/<artifact>/}, where native-image finds them
 * on the class path without any user configuration.
 */
@SupportedAnnotationTypes("*")
@SupportedOptions(ReachabilityMetadataProcessor.ARTIFACT_OPTION)
public final class ReachabilityMetadataProcessor extends SdkProcessor {
  /** The processor option that names the jar's artifact id. */
  public static final String ARTIFACT_OPTION = "okrsdk.artifact";

  private final Set<TypeElement> models = new LinkedHashSet<>();
  private final Set<TypeElement> apis = new LinkedHashSet<>();
  /** Every type compiled here (qualified names): only their enums get generated spellings. */
  private final Set<String> compiled = new java.util.HashSet<>();

  /** Creates the processor; javac finds it through {@code META-INF/services}. */
  public ReachabilityMetadataProcessor() {}

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
      collect(type);
    }
    if (round.processingOver()) {
      write();
    }
    // Claims nothing: Immutables (and any other processor) still sees every annotation.
    return false;
  }

  private void collect(TypeElement type) {
    compiled.add(type.getQualifiedName().toString());
    if (ModelTypes.isModel(type)) {
      models.add(type);
    }
    if (type.getKind() == ElementKind.INTERFACE) {
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        if (method.getAnnotationMirrors().stream().anyMatch(m -> ModelTypes.HTTP_METHODS.contains(ModelTypes.name(m)))) {
          apis.add(type);
          break;
        }
      }
    }
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      collect(nested);
    }
  }

  private void write() {
    if (models.isEmpty() && apis.isEmpty()) {
      return;
    }
    String artifact = processingEnv.getOptions().get(ARTIFACT_OPTION);
    if (artifact == null || artifact.isBlank()) {
      processingEnv
          .getMessager()
          .printMessage(Diagnostic.Kind.ERROR, "set -A" + ARTIFACT_OPTION + "=<artifactId> to write native-image metadata");
      return;
    }
    SortedMap<String, String> reflect = new TreeMap<>();
    SortedSet<String> enums = new TreeSet<>();
    for (TypeElement model : models) {
      reflect.put(binaryName(model), "\"queryAllPublicMethods\": true");
      // Written by ModelShapeProcessor in the same compilation; named here, not looked up, because
      // it may not exist yet in this round.
      reflect.put(packageOf(model) + model.getSimpleName() + ModelShapeProcessor.SUFFIX, "\"allDeclaredConstructors\": true");
      for (TypeElement e : ModelTypes.enumsOfModel(processingEnv.getElementUtils(), model)) {
        enums.add(binaryName(e));
        if (compiled.contains(e.getQualifiedName().toString())) {
          // Its spellings, written by ModelShapeProcessor, are created reflectively once.
          reflect.put(ModelTypes.spellingsName(processingEnv.getElementUtils(), e), "\"allDeclaredConstructors\": true");
        }
      }
    }
    for (TypeElement api : apis) {
      for (ExecutableElement method : ElementFilter.methodsIn(api.getEnclosedElements())) {
        Set<TypeElement> mentioned = new LinkedHashSet<>();
        ModelTypes.enumsIn(method.getReturnType(), mentioned, new HashSet<>());
        method.getParameters().forEach(p -> ModelTypes.enumsIn(p.asType(), mentioned, new HashSet<>()));
        mentioned.forEach(e -> enums.add(binaryName(e)));
      }
    }
    for (String e : enums) {
      reflect.putIfAbsent(
          e, "\"allPublicFields\": true, \"methods\": [{\"name\": \"values\", \"parameterTypes\": []}]");
    }

    List<String> reflectEntries = new ArrayList<>();
    for (Map.Entry<String, String> entry : reflect.entrySet()) {
      reflectEntries.add("  {\"name\": \"" + entry.getKey() + "\", " + entry.getValue() + "}");
    }
    writeJson("META-INF/native-image/io.okrsdk/" + artifact + "/reflect-config.json", reflectEntries);
  }

  private void writeJson(String path, List<String> entries) {
    try (Writer out = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", path).openWriter()) {
      out.write("[\n" + String.join(",\n", entries) + "\n]\n");
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + path + ": " + e);
    }
  }

  private String binaryName(TypeElement type) {
    return processingEnv.getElementUtils().getBinaryName(type).toString();
  }

  private String packageOf(TypeElement type) {
    return ModelTypes.packagePrefix(processingEnv.getElementUtils(), type);
  }
}
