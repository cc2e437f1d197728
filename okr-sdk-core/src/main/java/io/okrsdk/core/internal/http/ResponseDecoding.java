package io.okrsdk.core.internal.http;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import io.okrsdk.core.internal.json.OkrJson;
import io.okrsdk.core.json.DecodingOptions;
import io.okrsdk.core.json.DecodingProblem;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Turns response bodies into the types the SDK's interfaces declare. JSON bodies are decoded so
 * that transport and decoding failures can be told apart: the body is first read whole (a dropped connection stays an {@code IOException}, reported as a network
 * error), then parsed from memory with the client's {@link DecodingOptions}, where any failure
 * means the body was not the documented shape and becomes an {@code OkrDecodingException}.
 *
 * <p>Values that did not fit their model in tolerant mode are reported once per call, on the
 * {@code System.Logger} given here at {@code DEBUG}: path, expected type and an excerpt (redacted
 * where the field's name suggests a secret).
 */
public final class ResponseDecoding {
  /** Bodies larger than this are refused instead of exhausting memory. */
  public static final long MAX_BODY_BYTES = 64L * 1024 * 1024;

  /** At most this many problems are listed in the one log message of a call. */
  static final int LOGGED_PROBLEMS = 20;

  private final Moshi moshi;
  private final DecodingOptions options;
  private final System.Logger logger;
  /** One decoder per declared type, made on its first call (as Retrofit kept one per method). */
  private final ConcurrentHashMap<Type, ResponseDecoder<?>> decoders = new ConcurrentHashMap<>();

  /**
   * Creates the decoding.
   *
   * @param moshi the client's Moshi, with the SDK's adapters
   * @param options the mode and caps every response is decoded with
   * @param logger where problems are reported (at {@code DEBUG}), such as {@code
   *     System.getLogger("io.okrsdk.json")}
   */
  public ResponseDecoding(Moshi moshi, DecodingOptions options, System.Logger logger) {
    this.moshi = Objects.requireNonNull(moshi, "moshi");
    this.options = Objects.requireNonNull(options, "options");
    this.logger = Objects.requireNonNull(logger, "logger");
  }

  /**
   * The options responses are decoded with.
   *
   * @return the decoding options
   */
  public DecodingOptions options() {
    return options;
  }

  /**
   * The decoder for a declared body type: {@code Void} closes the body and gives {@code null},
   * {@code ResponseBody} gives the body itself (unless {@code streaming}, read whole into memory,
   * up to {@link #MAX_BODY_BYTES} like a JSON body), and any other type is decoded from JSON with
   * the client's Moshi and options.
   *
   * @param type the body type the interface method declares
   * @param streaming whether a {@code ResponseBody} is handed over unread
   * @param <T> the body type
   * @return the decoder
   */
  @SuppressWarnings("unchecked")
  public <T> ResponseDecoder<T> decoder(Type type, boolean streaming) {
    // The body-less and raw decoders are made where they are asked for: a client that only reads
    // JSON never links them (each lambda costs a new process its own class; "Cold start").
    if (type == ResponseBody.class) {
      return streaming ? body -> (T) body : body -> (T) readWhole(body);
    }
    if (type == Void.class) {
      return body -> {
        body.close();
        return null;
      };
    }
    ResponseDecoder<?> decoder = decoders.get(type);
    if (decoder == null) {
      decoder = new Decoding<>(moshi.adapter(type), type, options, logger);
      ResponseDecoder<?> raced = decoders.putIfAbsent(type, decoder);
      decoder = raced != null ? raced : decoder;
    }
    return (ResponseDecoder<T>) decoder;
  }

  private static ResponseBody readWhole(ResponseBody body) throws IOException {
    return ResponseBody.create(readBounded(body), body.contentType(), body.contentLength());
  }

  /**
   * A body read whole and closed; past {@link #MAX_BODY_BYTES} it is refused as a decoding failure
   * instead of exhausting memory (a huge or endless answer, or a small one that inflates).
   */
  static Buffer readBounded(ResponseBody body) throws IOException {
    try (body) {
      BufferedSource source = body.source();
      Buffer buffer = new Buffer();
      while (source.read(buffer, 64 * 1024) != -1) {
        if (buffer.size() > MAX_BODY_BYTES) {
          throw ErrorMapper.decoding(new JsonDataException("Response body larger than " + MAX_BODY_BYTES + " bytes"));
        }
      }
      return buffer;
    }
  }

  /** A copy of a body read whole into memory, with its type and length; the body is not closed. */
  static ResponseBody buffered(ResponseBody body) throws IOException {
    Buffer buffer = new Buffer();
    body.source().readAll(buffer);
    return ResponseBody.create(buffer, body.contentType(), body.contentLength());
  }

  private static final class Decoding<T> implements ResponseDecoder<T> {
    private final JsonAdapter<T> adapter;
    private final Type type;
    private final DecodingOptions options;
    private final System.Logger logger;

    Decoding(JsonAdapter<T> adapter, Type type, DecodingOptions options, System.Logger logger) {
      this.adapter = adapter;
      this.type = type;
      this.options = options;
      this.logger = logger;
    }

    @Override
    public T decode(ResponseBody body) throws IOException {
      Buffer buffer = readBounded(body);
      List<DecodingProblem> problems = new ArrayList<>();
      T value;
      try {
        value = OkrJson.decode(adapter, buffer, options, problems);
      } catch (IOException | JsonDataException | IllegalStateException | IllegalArgumentException | ArithmeticException e) {
        // Parsing from memory cannot fail on I/O: every failure here is the body's shape.
        throw ErrorMapper.decoding(e);
      } catch (StackOverflowError e) {
        throw ErrorMapper.decoding(new JsonDataException("Nesting too deep", e));
      }
      if (value == null) {
        // The document "null" where the API promises a value (body-less answers use Void, not this path).
        throw ErrorMapper.decoding(new JsonDataException("Expected a JSON value but the body was null at path $"));
      }
      if (!problems.isEmpty()) {
        report(problems);
      }
      return value;
    }

    private void report(List<DecodingProblem> problems) {
      if (!logger.isLoggable(System.Logger.Level.DEBUG)) {
        return;
      }
      StringBuilder message =
          new StringBuilder("Decoded ")
              .append(type.getTypeName().replaceAll("[a-z][a-z0-9_]*\\.", ""))
              .append(" with ")
              .append(problems.size())
              .append(problems.size() == 1 ? " value" : " values")
              .append(" that did not fit the model (kept as raw JSON, read as absent):");
      for (int i = 0; i < problems.size() && i < LOGGED_PROBLEMS; i++) {
        DecodingProblem problem = problems.get(i);
        message.append("\n  ").append(problem.jsonPath()).append(": expected ").append(problem.expected()).append(" but was ");
        message.append(isSecret(problem.jsonPath()) ? Redactor.REDACTED : problem.excerpt());
      }
      if (problems.size() > LOGGED_PROBLEMS) {
        message.append("\n  … and ").append(problems.size() - LOGGED_PROBLEMS).append(" more");
      }
      logger.log(System.Logger.Level.DEBUG, message.toString());
    }

    /** Whether the path's last field name suggests a secret value. */
    private static boolean isSecret(String path) {
      int end = path.length();
      while (end > 0 && path.charAt(end - 1) == ']') {
        end = path.lastIndexOf('[', end - 1);
      }
      int dot = path.lastIndexOf('.', end - 1);
      return end > 0 && Redactor.isSecretName(path.substring(dot + 1, end));
    }
  }
}
