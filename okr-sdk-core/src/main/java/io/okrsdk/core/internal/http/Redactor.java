package io.okrsdk.core.internal.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Removes secrets from what the SDK logs or puts into exception messages: credential headers,
 * secret-looking query parameters and JSON fields, and user info in URLs.
 */
public final class Redactor {
  /** What replaces a secret. */
  public static final String REDACTED = "REDACTED";

  /** Secret values shorter than this are not searched for in free text. */
  public static final int MIN_SECRET_LENGTH = 4;

  /**
   * The patterns, compiled on first use: a client is built before anything is logged or fails, and
   * compiling them showed in its start-up time.
   */
  private static final class Patterns {
    static final Pattern SECRET_NAME =
        Pattern.compile("(?i).*(token|key|secret|password|passwd|auth|signature|session).*");
    static final Pattern SECRET_JSON_FIELD =
        Pattern.compile("(?i)(\"[^\"]*(?:token|key|secret|password|passwd)[^\"]*\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
  }

  private final Set<String> secretHeaders;
  /** The client's own secret values, longest first so a value inside another is not half-masked. */
  private final List<String> secretValues;

  /**
   * Creates a redactor that knows credential header names only.
   *
   * @param credentialHeaders the header names the client's auth scheme sets
   */
  public Redactor(Set<String> credentialHeaders) {
    this(credentialHeaders, Set.of());
  }

  /**
   * Creates a redactor that also masks the client's own secret values wherever they appear in
   * text (an error body or a log line that echoes a request header, for instance).
   *
   * @param credentialHeaders the header names the client's auth scheme sets
   * @param secretValues the secret values to mask (see {@code AuthScheme.secrets()}); values shorter
   *     than {@value #MIN_SECRET_LENGTH} characters are not masked in free text (they would mask
   *     ordinary letters everywhere), only in headers
   */
  public Redactor(Set<String> credentialHeaders, Set<String> secretValues) {
    Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    names.addAll(Set.of("Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie"));
    names.addAll(credentialHeaders);
    this.secretHeaders = names;
    List<String> values = new ArrayList<>();
    for (String value : secretValues) {
      if (value != null && value.strip().length() >= MIN_SECRET_LENGTH) {
        values.add(value);
        String escaped = value.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/");
        if (!escaped.equals(value)) {
          values.add(escaped); // as a JSON string would echo it
        }
      }
    }
    if (values.size() > 1) {
      values.sort(new LongestFirst());
    }
    this.secretValues = List.copyOf(values);
  }

  /** Longer secrets first, so that one holding another is replaced whole. */
  private static final class LongestFirst implements Comparator<String> {
    @Override
    public int compare(String a, String b) {
      return Integer.compare(b.length(), a.length());
    }
  }

  /**
   * Text as it may be shown: secret-looking JSON fields redacted (see {@link #body(String)}) and
   * every occurrence of the client's own secret values replaced with {@link #REDACTED}.
   *
   * @param text the text, such as an error body excerpt or a log line
   * @return the redacted text
   */
  public String text(String text) {
    String out = body(text);
    for (String secret : secretValues) {
      if (out.contains(secret)) {
        out = out.replace(secret, REDACTED);
      }
    }
    return out;
  }

  /**
   * Whether a name (a JSON field, a query parameter) suggests its value is a secret: it contains
   * token, key, secret, password, auth, signature or session. Names longer than 200 characters are
   * treated as secret without looking at them.
   *
   * @param name the name
   * @return {@code true} when the value must not be shown
   */
  public static boolean isSecretName(String name) {
    return name.length() > 200 || Patterns.SECRET_NAME.matcher(name).matches();
  }

  /**
   * Whether a header's value must not be shown.
   *
   * @param name the header name
   * @return {@code true} for credential headers
   */
  public boolean isSecretHeader(String name) {
    return secretHeaders.contains(name) || Patterns.SECRET_NAME.matcher(name).matches() && !name.toLowerCase(Locale.ROOT).startsWith("content");
  }

  /**
   * The header value as it may be shown.
   *
   * @param name the header name
   * @param value the value
   * @return the value, or {@link #REDACTED}
   */
  public String header(String name, String value) {
    return isSecretHeader(name) ? REDACTED : value;
  }

  /**
   * The URL as it may be shown: no user info, secret-looking query values replaced.
   *
   * @param url the URL
   * @return the redacted URL text
   */
  public static String url(HttpUrl url) {
    HttpUrl.Builder builder = url.newBuilder().username("").password("");
    if (url.querySize() > 0) {
      // Rebuilt in order, so the shown URL reads like the sent one.
      builder.query(null);
      for (int i = 0; i < url.querySize(); i++) {
        String name = url.queryParameterName(i);
        String value = url.queryParameterValue(i);
        builder.addQueryParameter(name, value != null && Patterns.SECRET_NAME.matcher(name).matches() ? REDACTED : value);
      }
    }
    return builder.build().toString();
  }

  /**
   * JSON text with the values of secret-looking string fields replaced.
   *
   * @param json the text
   * @return the redacted text
   */
  public static String body(String json) {
    return Patterns.SECRET_JSON_FIELD.matcher(json).replaceAll("$1\"" + REDACTED + "\"");
  }
}
