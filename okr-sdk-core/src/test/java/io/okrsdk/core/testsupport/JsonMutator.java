package io.okrsdk.core.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes malformed, truncated, wrong-typed, deeply nested and oversized variants of a valid JSON
 * document, reproducibly from a seed. A hand-rolled generator rather than a coverage-guided fuzzer:
 * the targets are the SDK's decoding guarantees for known shapes, the runs must be bounded and
 * repeatable inside {@code mvn verify}, and no extra dependency is needed.
 */
public final class JsonMutator {
  /** A JSON scalar or the start of a container, as a position in the text. */
  private static final Pattern VALUE = Pattern.compile("(?<=[:\\[,])\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null|\\{|\\[)");
  private static final String[] WRONG_TYPES = {"\"text\"", "12.5", "-1", "true", "false", "null", "{}", "[]", "[1,\"a\"]", "{\"x\":{\"y\":[]}}", "\"\"", "1e999", "\"\\u0000\""};

  private static final String NOISE = "{}[]\",:\\ 0aZ\u00e9";

  private final Random random;

  /**
   * Creates a mutator.
   *
   * @param seed the seed; the same seed gives the same variants
   */
  public JsonMutator(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Makes {@code count} variants of {@code json}, cycling through the kinds of damage.
   *
   * @param json a valid document
   * @param count how many variants
   * @return the variants
   */
  public List<String> variants(String json, int count) {
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(mutate(json, i % 9));
    }
    return out;
  }

  private String mutate(String json, int kind) {
    switch (kind) {
      case 0:
        return json.substring(0, random.nextInt(Math.max(1, json.length())));
      case 1:
        return replaceValue(json, WRONG_TYPES[random.nextInt(WRONG_TYPES.length)]);
      case 2:
        return replaceValue(json, nested(50 + random.nextInt(400)));
      case 3:
        return replaceValue(json, "\"" + "x".repeat(100_000 + random.nextInt(400_000)) + "\"");
      case 4:
        return deleteOrInsert(json);
      case 5:
        return garbage();
      case 6:
        return replaceValue(json, "[" + "1,".repeat(10_000 + random.nextInt(50_000)) + "1]");
      case 7:
        return random.nextBoolean() ? "" : (random.nextBoolean() ? "null" : "[" + json + "]");
      default:
        return replaceValue(replaceValue(json, WRONG_TYPES[random.nextInt(WRONG_TYPES.length)]), WRONG_TYPES[random.nextInt(WRONG_TYPES.length)]);
    }
  }

  private String replaceValue(String json, String replacement) {
    List<int[]> spans = new ArrayList<>();
    Matcher matcher = VALUE.matcher(json);
    while (matcher.find()) {
      int start = matcher.start(1);
      int end = matcher.end(1);
      char first = json.charAt(start);
      if (first == '{' || first == '[') {
        end = closing(json, start);
      }
      spans.add(new int[] {start, end});
    }
    if (spans.isEmpty()) {
      return replacement;
    }
    int[] span = spans.get(random.nextInt(spans.size()));
    return json.substring(0, span[0]) + replacement + json.substring(span[1]);
  }

  /** The end (exclusive) of the container opening at {@code start}, skipping strings. */
  private static int closing(String json, int start) {
    int depth = 0;
    boolean inString = false;
    for (int i = start; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      }
    }
    return json.length();
  }

  private String nested(int depth) {
    boolean objects = random.nextBoolean();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      out.append(objects ? "{\"a\":" : "[");
    }
    out.append("1");
    for (int i = 0; i < depth; i++) {
      out.append(objects ? "}" : "]");
    }
    return out.toString();
  }

  private String deleteOrInsert(String json) {
    if (json.isEmpty()) {
      return "{";
    }
    int at = random.nextInt(json.length());
    String noise = String.valueOf(NOISE.charAt(random.nextInt(NOISE.length())));
    return random.nextBoolean() ? json.substring(0, at) + json.substring(at + 1) : json.substring(0, at) + noise + json.substring(at);
  }

  private String garbage() {
    StringBuilder out = new StringBuilder();
    int length = 1 + random.nextInt(200);
    for (int i = 0; i < length; i++) {
      out.append((char) (random.nextInt(0x7f - 0x20) + 0x20));
    }
    return out.toString();
  }
}
