package io.okrsdk.core.internal.json;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import io.okrsdk.core.json.DecodingMode;
import io.okrsdk.core.json.DecodingOptions;
import io.okrsdk.core.json.DecodingProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of one decode, carried as a tag of its {@link JsonReader} (never in a static): the
 * options, the current nesting depth and every problem recorded, for the one log line per call.
 */
final class DecodeContext {
  final DecodingOptions options;
  final boolean tolerant;
  final List<DecodingProblem> problems;
  private int depth;
  private List<Dropped> dropped;

  DecodeContext(DecodingOptions options, List<DecodingProblem> problems) {
    this.options = options;
    this.tolerant = options.mode() == DecodingMode.TOLERANT;
    this.problems = problems;
  }

  /** The reader's context; a reader made outside the SDK's converter gets the defaults. */
  static DecodeContext of(JsonReader reader) {
    DecodeContext context = reader.tag(DecodeContext.class);
    if (context == null) {
      context = new DecodeContext(DecodingOptions.defaults(), new ArrayList<>());
      reader.setTag(DecodeContext.class, context);
    }
    return context;
  }

  /**
   * Records an array element left out in tolerant mode. The enclosing model takes it over as a
   * mismatched value ({@link #takeDropped()}) right after reading the array.
   */
  void dropElement(String path, String expected, String raw) {
    DecodingProblem problem = new DecodingProblem(path, expected, raw);
    problems.add(problem);
    if (dropped == null) {
      dropped = new ArrayList<>();
    }
    dropped.add(new Dropped(path, raw, problem));
  }

  /** Elements dropped since the last call, or {@code null}. */
  List<Dropped> takeDropped() {
    List<Dropped> result = dropped;
    dropped = null;
    return result;
  }

  /** An array element left out. */
  static final class Dropped {
    final String path;
    final String raw;
    final DecodingProblem problem;

    Dropped(String path, String raw, DecodingProblem problem) {
      this.path = path;
      this.raw = raw;
      this.problem = problem;
    }
  }

  void enter(JsonReader reader) {
    if (++depth > options.maxNestingDepth()) {
      depth = 0;
      throw new JsonDataException(
          "Nesting deeper than " + options.maxNestingDepth() + " levels at path " + reader.getPath());
    }
  }

  /**
   * Consumes the next value as raw JSON, refusing it when it nests deeper than the cap allows
   * below the current level (the raw copy is bounded by the body, but the cap holds everywhere).
   *
   * @param path where the value starts; taken by the caller before reading, since reading an array
   *     element moves the reader's path on to the next index
   */
  String raw(JsonReader reader, String path) throws java.io.IOException {
    String raw = JsonTokens.raw(reader);
    if (tooDeep(raw)) {
      throw tooDeepAt(path);
    }
    return raw;
  }

  /**
   * {@link #raw(JsonReader, String)} for the value of an object's field. Reading it leaves the
   * reader's path at the field, so the path is built only when the value is refused: an unknown
   * field from a newer server costs no path.
   */
  String rawField(JsonReader reader) throws java.io.IOException {
    String raw = JsonTokens.raw(reader);
    if (tooDeep(raw)) {
      throw tooDeepAt(reader.getPath());
    }
    return raw;
  }

  private boolean tooDeep(String raw) {
    return raw.length() > 1 && depth + JsonTokens.depthOf(raw) > options.maxNestingDepth();
  }

  private JsonDataException tooDeepAt(String path) {
    depth = 0;
    return new JsonDataException("Nesting deeper than " + options.maxNestingDepth() + " levels at path " + path);
  }

  /** Whether nothing has been entered yet: the value being read is the whole document. */
  boolean atRoot() {
    return depth == 0;
  }

  void exit() {
    depth--;
  }
}
