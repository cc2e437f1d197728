package io.okrsdk.core.internal;

import okhttp3.HttpUrl;

/** Checks the path of a raw request so that it can only name a resource under the base URL. */
public final class RawPaths {
  private RawPaths() {}

  /**
   * The path relative to the base URL, a leading {@code /} dropped.
   *
   * @param path the path a caller wrote
   * @return the checked relative path
   * @throws IllegalArgumentException when it is blank, absolute, holds a query, a fragment or a
   *     {@code ..} segment
   */
  public static String check(String path) {
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("path is required but was " + (path == null ? "null" : "blank"));
    }
    String trimmed = path.trim();
    if (trimmed.contains("://") || trimmed.startsWith("//") || trimmed.contains("\\")) {
      throw new IllegalArgumentException(
          "path must be relative to the client's base URL (such as api/v1/goals), not a URL: credentials go to the base URL only");
    }
    if (trimmed.contains("?") || trimmed.contains("#")) {
      throw new IllegalArgumentException("path must not hold a query or fragment; add parameters with query(name, value)");
    }
    while (trimmed.startsWith("/")) {
      trimmed = trimmed.substring(1);
    }
    for (String segment : trimmed.split("/", -1)) {
      String decoded = segment.replace("%2e", ".").replace("%2E", ".");
      if (decoded.equals(".") || decoded.equals("..")) {
        throw new IllegalArgumentException("path must not hold '.' or '..' segments, was " + path);
      }
    }
    return trimmed;
  }

  /**
   * The URL of a checked path under the base URL.
   *
   * @param baseUrl the client's base URL
   * @param path a path {@link #check(String)} accepted
   * @return the URL
   * @throws IllegalArgumentException when the URL would leave the base URL
   */
  public static HttpUrl resolve(HttpUrl baseUrl, String path) {
    HttpUrl url = baseUrl.resolve(path);
    if (url == null || !url.scheme().equals(baseUrl.scheme()) || !url.host().equals(baseUrl.host())
        || url.port() != baseUrl.port() || !url.encodedPath().startsWith(baseUrl.encodedPath())) {
      throw new IllegalArgumentException("path must name a resource under the client's base URL");
    }
    return url;
  }
}
