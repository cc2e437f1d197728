package io.okrsdk.jira;

/**
 * The hosts OKR for Jira serves its API from. {@link #US} is the default; a Jira site's data lives
 * in one region.
 *
 * <p>The vendor's current Cloud page ("API query methods", appfire.atlassian.net, space OFJ) names
 * {@code https://okr-jira-prod.appfire.com} as the base URL, and {@code
 * https://eu.okr-jira-prod.appfire.com} in the EU: those are {@link #US} and {@link #EU}. The
 * vendor's OpenAPI document is served from {@code okr-ppm-prod.appfire.com}, which also has
 * Australian and Canadian hosts: those are the {@code PPM_} presets, {@link #AU} and {@link #CA}.
 */
public enum OkrForJiraRegion {
  /** Everywhere but the EU, and the default: {@code https://okr-jira-prod.appfire.com}. */
  US("https://okr-jira-prod.appfire.com/"),
  /** Europe: {@code https://eu.okr-jira-prod.appfire.com}. */
  EU("https://eu.okr-jira-prod.appfire.com/"),
  /** The host the vendor's OpenAPI document is served from: {@code https://okr-ppm-prod.appfire.com}. */
  PPM_US("https://okr-ppm-prod.appfire.com/"),
  /** Europe on the same platform: {@code https://eu.okr-ppm-prod.appfire.com}. */
  PPM_EU("https://eu.okr-ppm-prod.appfire.com/"),
  /** Australia: {@code https://au.okr-ppm-prod.appfire.com}. */
  AU("https://au.okr-ppm-prod.appfire.com/"),
  /** Canada: {@code https://ca.okr-ppm-prod.appfire.com}. */
  CA("https://ca.okr-ppm-prod.appfire.com/"),
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
