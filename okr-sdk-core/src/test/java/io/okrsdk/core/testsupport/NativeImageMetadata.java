package io.okrsdk.core.testsupport;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.okrsdk.core.json.OkrModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a module's compiled classes need from GraalVM, worked out at run time by reflection (the
 * way the JSON bridge will use them), next to what the module's generated
 * {@code META-INF/native-image/io.okrsdk/<artifact>/} files declare. Tests compare the two, so a
 * model or API interface the build forgot to register fails the build.
 *
 * <p>Models and interfaces are found by what they are ({@code @OkrModel} abstract types; interfaces
 * with a Retrofit HTTP-method annotation), never by package.
 */
public final class NativeImageMetadata {
  private static final Set<String> HTTP_METHODS =
      Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "HTTP");

  /** Class name to the flags its reflect-config.json entry sets (name excluded). */
  public final Map<String, Map<String, Object>> reflect;

  /** Interfaces listed in proxy-config.json (empty when the file is absent, as it should be). */
  public final Set<String> proxies;

  /** Abstract {@code @OkrModel} types found among the module's classes. */
  public final Set<Class<?>> models;

  /** Interfaces with Retrofit HTTP-method annotations found among the module's classes. */
  public final Set<Class<?>> apis;

  private NativeImageMetadata(
      Map<String, Map<String, Object>> reflect, Set<String> proxies, Set<Class<?>> models, Set<Class<?>> apis) {
    this.reflect = reflect;
    this.proxies = proxies;
    this.models = models;
    this.apis = apis;
  }

  /** Reads the classes and metadata files of the jar (or classes directory) that holds {@code anchor}. */
  public static NativeImageMetadata of(Class<?> anchor, String artifactId) {
    try {
      Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location)) {
        return read(location, anchor.getClassLoader(), artifactId);
      }
      try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + location.toUri()), Map.of())) {
        return read(jar.getPath("/"), anchor.getClassLoader(), artifactId);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static NativeImageMetadata read(Path root, ClassLoader loader, String artifactId) throws IOException {
    Set<Class<?>> models = new java.util.LinkedHashSet<>();
    Set<Class<?>> apis = new java.util.LinkedHashSet<>();
    List<Path> classFiles;
    try (Stream<Path> files = Files.walk(root)) {
      classFiles = files.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList());
    }
    for (Path file : classFiles) {
      String relative = root.relativize(file).toString().replace('\\', '/');
      if (relative.endsWith("module-info.class") || relative.endsWith("package-info.class")) {
        continue;
      }
      String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
      Class<?> type;
      try {
        type = Class.forName(name, false, loader);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      if (type.isAnnotationPresent(OkrModel.class) && Modifier.isAbstract(type.getModifiers()) && !type.isAnnotation()) {
        models.add(type);
      }
      if (type.isInterface() && isRetrofitInterface(type)) {
        apis.add(type);
      }
    }
    Path directory = root.resolve("META-INF/native-image/io.okrsdk/" + artifactId);
    Moshi moshi = new Moshi.Builder().build();
    JsonAdapter<List<Map<String, Object>>> entries =
        moshi.adapter(Types.newParameterizedType(List.class, Types.newParameterizedType(Map.class, String.class, Object.class)));
    Map<String, Map<String, Object>> reflect = new LinkedHashMap<>();
    Path reflectFile = directory.resolve("reflect-config.json");
    if (Files.exists(reflectFile)) {
      for (Map<String, Object> entry : entries.fromJson(Files.readString(reflectFile, StandardCharsets.UTF_8))) {
        Map<String, Object> flags = new LinkedHashMap<>(entry);
        reflect.put((String) flags.remove("name"), flags);
      }
    }
    Set<String> proxies = new TreeSet<>();
    Path proxyFile = directory.resolve("proxy-config.json");
    if (Files.exists(proxyFile)) {
      for (Map<String, Object> entry : entries.fromJson(Files.readString(proxyFile, StandardCharsets.UTF_8))) {
        @SuppressWarnings("unchecked")
        List<String> interfaces = (List<String>) entry.get("interfaces");
        proxies.addAll(interfaces);
      }
    }
    return new NativeImageMetadata(reflect, proxies, models, apis);
  }

  private static boolean isRetrofitInterface(Class<?> type) {
    for (Method method : type.getDeclaredMethods()) {
      for (Annotation annotation : method.getAnnotations()) {
        Class<? extends Annotation> kind = annotation.annotationType();
        if (kind.getPackageName().equals("retrofit2.http") && HTTP_METHODS.contains(kind.getSimpleName())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Every class the JSON bridge reaches reflectively in this module, with the flag its entry must
   * set: models ({@code queryAllPublicMethods}: their annotation is checked), each model's
   * generated {@code <Name>JsonShape} ({@code allDeclaredConstructors}: created reflectively),
   * and every enum a model or API mentions ({@code allPublicFields}). The API interfaces need no
   * entry: their generated {@code <Name>Calls} classes are plain code.
   */
  public Map<String, List<String>> required() {
    Map<String, List<String>> required = new LinkedHashMap<>();
    Set<Class<?>> enums = new java.util.LinkedHashSet<>();
    for (Class<?> model : models) {
      required.put(model.getName(), List.of("queryAllPublicMethods"));
      String shape = model.getPackageName() + "." + model.getSimpleName() + "JsonShape";
      try {
        required.put(Class.forName(shape, false, model.getClassLoader()).getName(), List.of("allDeclaredConstructors"));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(model + " has no generated JSON shape", e);
      }
      for (Method accessor : model.getMethods()) {
        if (accessor.getParameterCount() == 0 && !Modifier.isStatic(accessor.getModifiers())) {
          enumsIn(accessor.getGenericReturnType(), enums);
        }
      }
    }
    for (Class<?> api : apis) {
      for (Method method : api.getDeclaredMethods()) {
        enumsIn(method.getGenericReturnType(), enums);
        for (Type parameter : method.getGenericParameterTypes()) {
          enumsIn(parameter, enums);
        }
      }
    }
    for (Class<?> e : enums) {
      // Enums of other jars (core's, the JDK's) are registered by their own jar or need nothing.
      if (models.stream().anyMatch(m -> sameJar(m, e)) || apis.stream().anyMatch(a -> sameJar(a, e))) {
        required.putIfAbsent(e.getName(), List.of("allPublicFields"));
        Class<?> spellings = spellingsOf(e);
        if (spellings != null) {
          required.put(spellings.getName(), List.of("allDeclaredConstructors"));
        }
      }
    }
    return Collections.unmodifiableMap(required);
  }

  /** Entries the files declare that name no class the module has (a stale or misspelt entry). */
  public List<String> unresolvable(ClassLoader loader) {
    List<String> missing = new ArrayList<>();
    for (String name : reflect.keySet()) {
      try {
        Class.forName(name, false, loader);
      } catch (ClassNotFoundException e) {
        missing.add(name);
      }
    }
    return missing;
  }

  /** The generated {@code <Enum>JsonSpellings} of an enum, or {@code null}. */
  public static Class<?> spellingsOf(Class<?> enumType) {
    String pkg = enumType.getPackageName();
    String flat = enumType.getName().substring(pkg.isEmpty() ? 0 : pkg.length() + 1).replace('$', '_');
    try {
      return Class.forName((pkg.isEmpty() ? "" : pkg + ".") + flat + "JsonSpellings", false, enumType.getClassLoader());
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  /** Enums a model of this module mentions (in its accessors' types, type arguments included). */
  public Set<Class<?>> modelEnums() {
    Set<Class<?>> enums = new java.util.LinkedHashSet<>();
    for (Class<?> model : models) {
      for (Method accessor : model.getMethods()) {
        if (accessor.getParameterCount() == 0 && !Modifier.isStatic(accessor.getModifiers())) {
          enumsIn(accessor.getGenericReturnType(), enums);
        }
      }
    }
    return enums;
  }

  private static boolean sameJar(Class<?> a, Class<?> b) {
    return a.getProtectionDomain().getCodeSource() != null
        && b.getProtectionDomain().getCodeSource() != null
        && a.getProtectionDomain().getCodeSource().getLocation().equals(b.getProtectionDomain().getCodeSource().getLocation());
  }

  private static void enumsIn(Type type, Set<Class<?>> enums) {
    if (type instanceof Class<?>) {
      Class<?> raw = (Class<?>) type;
      if (raw.isEnum()) {
        enums.add(raw);
      } else if (raw.isArray()) {
        enumsIn(raw.getComponentType(), enums);
      }
    } else if (type instanceof ParameterizedType) {
      enumsIn(((ParameterizedType) type).getRawType(), enums);
      for (Type argument : ((ParameterizedType) type).getActualTypeArguments()) {
        enumsIn(argument, enums);
      }
    } else if (type instanceof WildcardType) {
      for (Type bound : ((WildcardType) type).getUpperBounds()) {
        enumsIn(bound, enums);
      }
    } else if (type instanceof GenericArrayType) {
      enumsIn(((GenericArrayType) type).getGenericComponentType(), enums);
    }
  }
}
