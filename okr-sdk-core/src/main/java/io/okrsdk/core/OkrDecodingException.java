package io.okrsdk.core;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A response body was not in the documented shape: malformed or truncated JSON, a field of the
 * wrong type, a missing required field, or nesting deeper than the decoder accepts.
 *
 * <p>{@link #jsonPath()} names where in the document the problem was found, for example
 * {@code $.results[0].target_value}.
 */
public class OkrDecodingException extends OkrException {
  private static final long serialVersionUID = 1L;

  /** Where decoding failed, or null. */
  private final String jsonPath;

  /**
   * Creates a decoding exception.
   *
   * @param message what did not match, without secrets
   * @param jsonPath the JSON path where decoding failed, or {@code null} when unknown
   * @param cause the parser's exception, or {@code null}
   */
  public OkrDecodingException(String message, @Nullable String jsonPath, @Nullable Throwable cause) {
    super(message, cause);
    this.jsonPath = jsonPath;
  }

  /**
   * The JSON path where decoding failed, such as {@code $.items[3].attainment}.
   *
   * @return the path, when the parser reported one
   */
  public Optional<String> jsonPath() {
    return Optional.ofNullable(jsonPath);
  }
}
