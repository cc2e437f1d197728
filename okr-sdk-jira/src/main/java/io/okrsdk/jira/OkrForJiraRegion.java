package io.okrsdk.jira;

/**
 * The hosts OKR for Jira serves its API from. {@link #US} is the default; a Jira site's data lives
 * in one region. Older installations may still use the legacy hosts.
 */
public enum OkrForJiraRegion {
  /** United States, and the default: {@code https://okr-ppm-prod.appfire.com}. */
  US("https://okr-ppm-prod.appfire.com/"),
  /** Europe: {@code https://eu.okr-ppm-prod.appfire.com}. */
  EU("https://eu.okr-ppm-prod.appfire.com/"),
  /** Australia: {@code https://au.okr-ppm-prod.appfire.com}. */
  AU("https://au.okr-ppm-prod.appfire.com/"),
  /** Canada: {@code https://ca.okr-ppm-prod.appfire.com}. */
  CA("https://ca.okr-ppm-prod.appfire.com/"),
  /** The older default host: {@code https://okr-jira-prod.appfire.com}. */
  LEGACY_US("https://okr-jira-prod.appfire.com/"),
  /** The older European host: {@code https://eu.okr-jira-prod.appfire.com}. */
  LEGACY_EU("https://eu.okr-jira-prod.appfire.com/"),
  /** The oldest host, from before the move to Appfire: {@code https://okr-for-jira-prod.herokuapp.com}. */
  LEGACY_HEROKU("https://okr-for-jira-prod.herokuapp.com/");

  private final String baseUrl;

  OkrForJiraRegion(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * The region's base URL.
   *
   * @return the URL, ending in {@code /}
   */
  public String baseUrl() {
    return baseUrl;
  }
}
