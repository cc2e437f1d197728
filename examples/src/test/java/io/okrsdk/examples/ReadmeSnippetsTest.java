package io.okrsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every {@code ```java} block of the project's READMEs compiles against the current API, so a renamed
 * method or type breaks the build rather than the reader's paste.
 *
 * <p>A block is self-contained: its {@code import} lines come first, then either type declarations
 * (compiled as a source file) or statements (compiled as the body of a method that may throw). A
 * block preceded by {@code <!-- excerpt: path/in/repo.java -->} quotes project source instead: each
 * of its code lines must appear, in order, in that file. Failures name the Markdown file and line.
 */
class ReadmeSnippetsTest {
  private static final Pattern FENCE = Pattern.compile("^```java\\s*$");
  private static final Pattern EXCERPT = Pattern.compile("^<!--\\s*excerpt:\\s*(\\S+)\\s*-->\\s*$");
  private static final Pattern TYPE_DECLARATION =
      Pattern.compile(
          "^(@\\w+(\\(.*\\))?\\s+)*((public|final|abstract|sealed)\\s+)*(class|interface|enum|record|@interface)\\s+(\\w+)",
          Pattern.MULTILINE);
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile("^public\\s+((final|abstract)\\s+)*(class|interface|enum|record)\\s+(\\w+)", Pattern.MULTILINE);
  private static final Pattern GETENV = Pattern.compile("getenv\\(\"([^\"]*)\"\\)");

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void everyJavaSnippetCompiles() throws IOException {
    List<Snippet> snippets = snippets();
    assertThat(snippets).as("java snippets found in the READMEs").hasSizeGreaterThan(5);

    List<Snippet> compiled = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Snippet snippet : snippets) {
      if (snippet.excerptOf == null) {
        compiled.add(snippet);
      } else {
        problems.addAll(checkExcerpt(snippet));
      }
    }
    problems.addAll(compile(compiled));
    assertThat(problems).as("README snippets that no longer match the code").isEmpty();
  }

  @Test
  void everyEnvironmentVariableFollowsOneScheme() throws IOException {
    List<String> offenders = new ArrayList<>();
    for (Path file : markdownFiles()) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher matcher = GETENV.matcher(lines.get(i));
        while (matcher.find()) {
          if (!matcher.group(1).matches("OKRSDK_(PERFORM|OGSM|GTMHUB|JIRA)_[A-Z0-9_]+")) {
            offenders.add(location(file, i + 1) + ": " + matcher.group(1));
          }
        }
      }
    }
    assertThat(offenders).as("variables outside the OKRSDK_<PLATFORM>_* scheme").isEmpty();
  }

  /** The repository's root: the examples module's parent. */
  static Path root() {
    Path here = Paths.get("").toAbsolutePath();
    return Files.exists(here.resolve("examples")) ? here : here.getParent();
  }

  static List<Path> markdownFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(root().resolve("README.md"));
    try (Stream<Path> children = Files.list(root())) {
      files.addAll(
          children
              .map(dir -> dir.resolve("README.md"))
              .filter(Files::isRegularFile)
              .sorted()
              .collect(Collectors.toList()));
    }
    return files;
  }

  static List<Snippet> snippets() throws IOException {
    List<Snippet> snippets = new ArrayList<>();
    for (Path file : markdownFiles()) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      String excerptOf = null;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        Matcher excerpt = EXCERPT.matcher(line);
        if (excerpt.matches()) {
          excerptOf = excerpt.group(1);
          continue;
        }
        if (FENCE.matcher(line).matches()) {
          int start = i + 1;
          int end = start;
          while (end < lines.size() && !lines.get(end).startsWith("```")) {
            end++;
          }
          snippets.add(
              new Snippet(file, snippets.size() + 1, start + 1, lines.subList(start, end), excerptOf));
          i = end;
        }
        if (!line.isBlank()) {
          excerptOf = null;
        }
      }
    }
    return snippets;
  }

  private static List<String> checkExcerpt(Snippet snippet) throws IOException {
    Path source = root().resolve(snippet.excerptOf);
    if (!Files.isRegularFile(source)) {
      return List.of(snippet.where() + ": quotes " + snippet.excerptOf + ", which does not exist");
    }
    List<String> sourceLines =
        Files.readAllLines(source, StandardCharsets.UTF_8).stream()
            .map(ReadmeSnippetsTest::normalized)
            .collect(Collectors.toList());
    List<String> problems = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < snippet.lines.size(); i++) {
      String wanted = normalized(snippet.lines.get(i));
      if (wanted.isEmpty() || wanted.equals("...")) {
        continue;
      }
      int found = -1;
      for (int j = from; j < sourceLines.size(); j++) {
        if (sourceLines.get(j).equals(wanted)) {
          found = j;
          break;
        }
      }
      if (found < 0) {
        problems.add(
            location(snippet.file, snippet.firstLine + i)
                + ": not found (in this order) in "
                + snippet.excerptOf
                + ": "
                + wanted);
      } else {
        from = found + 1;
      }
    }
    return problems;
  }

  /** A line without its trailing {@code //} comment and with single spaces. */
  private static String normalized(String line) {
    String code = line.replaceAll("\\s+//.*$", "").replaceAll("^\\s*//.*$", "");
    return code.trim().replaceAll("\\s+", " ");
  }

  private static List<String> compile(List<Snippet> snippets) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("a JDK's compiler (the tests run on a JDK)").isNotNull();
    List<SnippetSource> sources = new ArrayList<>();
    for (Snippet snippet : snippets) {
      sources.add(SnippetSource.of(snippet));
    }
    Path out = Files.createTempDirectory("readme-snippets");
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter javacOutput = new StringWriter();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of("-classpath", classpath(), "-processorpath", classpath(), "-d", out.toString(), "-Xlint:none",
              "-nowarn");
      javac.getTask(javacOutput, files, diagnostics, options, null, sources).call();
    } finally {
      deleteTree(out);
    }
    List<String> problems = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      if (diagnostic.getKind() != Diagnostic.Kind.ERROR) {
        continue;
      }
      JavaFileObject origin = diagnostic.getSource();
      if (origin instanceof SnippetSource) {
        SnippetSource source = (SnippetSource) origin;
        problems.add(
            source.markdownLocation(diagnostic.getLineNumber())
                + " (snippet starting at line "
                + source.snippet.firstLine
                + "): "
                + diagnostic.getMessage(Locale.ROOT));
      } else {
        problems.add(diagnostic.toString());
      }
    }
    return problems;
  }

  /** The test classpath: the reactor's modules and their dependencies. */
  private static String classpath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank()
        ? surefire
        : System.getProperty("java.class.path");
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted((a, b) -> b.getNameCount() - a.getNameCount())
          .forEach(
              path -> {
                try {
                  Files.delete(path);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  static String location(Path file, int line) {
    return root().relativize(file) + ":" + line;
  }

  /** One fenced block of a Markdown file. */
  static final class Snippet {
    final Path file;
    final int number;
    final int firstLine;
    final List<String> lines;
    final String excerptOf;

    Snippet(Path file, int number, int firstLine, List<String> lines, String excerptOf) {
      this.file = file;
      this.number = number;
      this.firstLine = firstLine;
      this.lines = List.copyOf(lines);
      this.excerptOf = excerptOf;
    }

    String where() {
      return location(file, firstLine);
    }
  }

  /**
   * A snippet as a Java source: a package of its own, its imports, then its declarations or its
   * statements wrapped in a method. Remembers how its lines map back to the Markdown file.
   */
  static final class SnippetSource extends SimpleJavaFileObject {
    final Snippet snippet;
    private final String code;
    /** Java line number (1-based) to Markdown line number; 0 where the line was added. */
    private final int[] markdownLines;

    private SnippetSource(Snippet snippet, String typeName, String code, int[] markdownLines) {
      super(
          URI.create("string:///snippets/s" + snippet.number + "/" + typeName + ".java"),
          Kind.SOURCE);
      this.snippet = snippet;
      this.code = code;
      this.markdownLines = markdownLines;
    }

    static SnippetSource of(Snippet snippet) {
      int firstBodyLine = 0;
      while (firstBodyLine < snippet.lines.size()) {
        String line = snippet.lines.get(firstBodyLine).trim();
        if (!line.isEmpty() && !line.startsWith("import ") && !line.startsWith("//")) {
          break;
        }
        firstBodyLine++;
      }
      String body = String.join("\n", snippet.lines.subList(firstBodyLine, snippet.lines.size()));
      boolean declarations = TYPE_DECLARATION.matcher(body).find();
      Matcher publicType = PUBLIC_TYPE.matcher(body);
      String typeName = publicType.find() ? publicType.group(4) : "Snippet";

      List<String> javaLines = new ArrayList<>();
      List<Integer> origin = new ArrayList<>();
      javaLines.add("package snippets.s" + snippet.number + ";");
      origin.add(0);
      for (int i = 0; i < snippet.lines.size(); i++) {
        if (i == firstBodyLine && !declarations) {
          javaLines.add("class Snippet { static void run() throws Exception {");
          origin.add(0);
        }
        javaLines.add(snippet.lines.get(i));
        origin.add(snippet.firstLine + i);
      }
      if (!declarations) {
        javaLines.add("}}");
        origin.add(0);
      }
      int[] map = origin.stream().mapToInt(Integer::intValue).toArray();
      return new SnippetSource(snippet, typeName, String.join("\n", javaLines) + "\n", map);
    }

    String markdownLocation(long javaLine) {
      int index = (int) javaLine - 1;
      int line =
          index >= 0 && index < markdownLines.length && markdownLines[index] > 0
              ? markdownLines[index]
              : snippet.firstLine;
      return location(snippet.file, line);
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
