package io.okrsdk.core.internal.json;

import com.squareup.moshi.JsonDataException;

/**
 * The cause of a {@link JsonDataException} for a scalar the SDK's adapter consumed but could not
 * turn into its type (an unparsable date, a decimal too long); carries the value as JSON so
 * tolerant decoding can keep it after it was read.
 */
final class ValueMismatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String rawJson;

  private ValueMismatchException(String rawJson, Throwable cause) {
    super(cause == null ? "value kept as raw JSON" : String.valueOf(cause.getMessage()), cause, false, false);
    this.rawJson = rawJson;
  }

  /** The exception to throw: Moshi's type, with the raw value attached as its cause. */
  static JsonDataException of(String message, String rawJson, Throwable cause) {
    return new JsonDataException(message, new ValueMismatchException(rawJson, cause));
  }

  String rawJson() {
    return rawJson;
  }

  /** The raw value a failure carries, or {@code null}. */
  static String rawOf(Throwable failure) {
    return failure.getCause() instanceof ValueMismatchException ? ((ValueMismatchException) failure.getCause()).rawJson : null;
  }
}
