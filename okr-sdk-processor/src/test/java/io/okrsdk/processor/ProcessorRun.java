package io.okrsdk.processor;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** One javac run with one processor over sources written to a directory: its errors and its output. */
final class ProcessorRun {
  private final List<String> errors;
  private final Path generated;

  private ProcessorRun(List<String> errors, Path generated) {
    this.errors = errors;
    this.generated = generated;
  }

  /** Compiles every group of sources (path to text) under {@code dir} with {@code processor}. */
  @SafeVarargs
  static ProcessorRun compile(Path dir, Processor processor, Map<String, String>... groups) throws IOException {
    Path source = dir.resolve("src");
    Path generated = dir.resolve("generated");
    Files.createDirectories(generated);
    List<Path> files = new ArrayList<>();
    for (Map<String, String> group : groups) {
      for (Map.Entry<String, String> entry : group.entrySet()) {
        Path file = source.resolve(entry.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, entry.getValue(), StandardCharsets.UTF_8);
        files.add(file);
      }
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(
              new StringWriter(),
              fileManager,
              diagnostics,
              List.of("-s", generated.toString(), "-d", dir.resolve("classes").toString()),
              null,
              fileManager.getJavaFileObjectsFromPaths(files));
      task.setProcessors(List.of(processor));
      task.call();
    }
    List<String> errors =
        diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .map(d -> d.getMessage(null))
            .collect(Collectors.toList());
    return new ProcessorRun(errors, generated);
  }

  /** The errors javac reported. */
  List<String> errors() {
    return errors;
  }

  /** A source the processor wrote, by its path under the output directory. */
  String generated(String path) throws IOException {
    return Files.readString(generated.resolve(path), StandardCharsets.UTF_8);
  }

  /** Whether the processor wrote that source. */
  boolean wrote(String path) {
    return Files.exists(generated.resolve(path));
  }
}
