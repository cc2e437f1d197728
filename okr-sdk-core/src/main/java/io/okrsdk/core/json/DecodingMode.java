package io.okrsdk.core.json;

/**
 * How a response body that differs from the model is decoded.
 *
 * <p>Whatever the mode, a field an object cannot exist without (its identity, or what paging
 * needs) fails the call with {@code OkrDecodingException} and the JSON path when it is missing or
 * does not fit its type, and unknown fields are kept as {@link RawJson} (see {@link
 * HasUnrecognized}).
 */
public enum DecodingMode {
  /**
   * The default: a value that does not fit its declared type (another JSON type, out of range, an
   * unparsable date, a fraction where an integer is modelled) decodes that field as absent; the
   * value is kept as raw JSON and the problem is recorded in the model's {@link
   * HasUnrecognized#unrecognized()} and logged once per call.
   */
  TOLERANT,

  /**
   * Any value that does not fit its declared type fails the whole call with {@code
   * OkrDecodingException}. For tests of documented examples, where a mismatch is the SDK's own
   * mistake.
   */
  STRICT
}
