package io.okrsdk.gtmhub;

/**
 * The hosts the API is served from. Legacy Gtmhub hosts serve the API at their root; current
 * Quantive hosts put it under {@code results/}. For any other host call {@link
 * GtmhubClient.Builder#baseUrl(String)}.
 */
public enum GtmhubRegion {
  /** Legacy Gtmhub, EU: {@code https://app.gtmhub.com/}. */
  GTMHUB_EU("https://app.gtmhub.com/"),
  /** Legacy Gtmhub, US: {@code https://app.us.gtmhub.com/}. */
  GTMHUB_US("https://app.us.gtmhub.com/"),
  /** Quantive Results, EU: {@code https://app.quantive.com/results/}. */
  QUANTIVE_EU("https://app.quantive.com/results/"),
  /** Quantive Results, US: {@code https://app.us.quantive.com/results/}. */
  QUANTIVE_US("https://app.us.quantive.com/results/"),
  /** Quantive Results, Asia: {@code https://app.as.quantive.com/results/}. */
  QUANTIVE_AS("https://app.as.quantive.com/results/"),
  /** Quantive Results, South America: {@code https://app.sa.quantive.com/results/}. */
  QUANTIVE_SA("https://app.sa.quantive.com/results/"),
  /** Quantive Results, Australia: {@code https://app.au.quantive.com/results/}. */
  QUANTIVE_AU("https://app.au.quantive.com/results/");

  private final String baseUrl;

  GtmhubRegion(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * The base URL the API's {@code api/v1/...} and {@code api/v2/...} paths resolve under.
   *
   * @return the base URL, ending in {@code /}
   */
  public String baseUrl() {
    return baseUrl;
  }
}
