package io.okrsdk.examples;

import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.gtmhub.GtmhubRegion;
import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.jira.OkrForJiraRegion;
import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.perform.PerformClient;
import io.okrsdk.testing.FakeGtmhubServer;
import io.okrsdk.testing.FakeOgsmServer;
import io.okrsdk.testing.FakeOkrForJiraServer;
import io.okrsdk.testing.FakePerformServer;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Opens each platform from the environment, or its embedded fake when the platform's variables are
 * not all set:
 *
 * <table>
 *   <caption>Environment variables</caption>
 *   <tr><th>platform</th><th>required</th><th>host (one of)</th></tr>
 *   <tr><td>Perform</td><td>OKRSDK_PERFORM_USERNAME, OKRSDK_PERFORM_API_KEY</td>
 *       <td>OKRSDK_PERFORM_REGION (e.g. pro), OKRSDK_PERFORM_BASE_URL</td></tr>
 *   <tr><td>OGSM</td><td>OKRSDK_OGSM_USERNAME, OKRSDK_OGSM_PASSWORD</td>
 *       <td>OKRSDK_OGSM_SUBDOMAIN (e.g. acme), OKRSDK_OGSM_BASE_URL</td></tr>
 *   <tr><td>Gtmhub</td><td>OKRSDK_GTMHUB_TOKEN, OKRSDK_GTMHUB_ACCOUNT_ID</td>
 *       <td>OKRSDK_GTMHUB_REGION (e.g. QUANTIVE_EU), OKRSDK_GTMHUB_BASE_URL</td></tr>
 *   <tr><td>OKR for Jira</td><td>OKRSDK_JIRA_TOKEN</td>
 *       <td>OKRSDK_JIRA_REGION (e.g. EU; default US), OKRSDK_JIRA_BASE_URL</td></tr>
 * </table>
 */
public final class Platforms {
  private Platforms() {}

  /**
   * Perform &amp; Engage 365.
   *
   * @param out where to say which service is used
   * @param env the environment
   * @return the connection
   */
  public static Connection<PerformClient> perform(PrintStream out, Map<String, String> env) {
    return perform(out, env, FakePerformServer::new);
  }

  /**
   * Perform & Engage 365, with a fake of the caller's making (for example seeded with generated data).
   *
   * @param out where to say which service is used
   * @param env the environment
   * @param fake makes the fake used when the environment names no real service
   * @return the connection
   */
  public static Connection<PerformClient> perform(PrintStream out, Map<String, String> env, Supplier<FakePerformServer> fake) {
    return Connection.open("Perform & Engage 365", out, env, Platforms::realPerform, fake);
  }

  /**
   * OGSM.
   *
   * @param out where to say which service is used
   * @param env the environment
   * @return the connection
   */
  public static Connection<OgsmClient> ogsm(PrintStream out, Map<String, String> env) {
    return ogsm(out, env, FakeOgsmServer::new);
  }

  /**
   * OGSM, with a fake of the caller's making (for example seeded with generated data).
   *
   * @param out where to say which service is used
   * @param env the environment
   * @param fake makes the fake used when the environment names no real service
   * @return the connection
   */
  public static Connection<OgsmClient> ogsm(PrintStream out, Map<String, String> env, Supplier<FakeOgsmServer> fake) {
    return Connection.open("OGSM", out, env, Platforms::realOgsm, fake);
  }

  /**
   * Gtmhub (Quantive Results).
   *
   * @param out where to say which service is used
   * @param env the environment
   * @return the connection
   */
  public static Connection<GtmhubClient> gtmhub(PrintStream out, Map<String, String> env) {
    return gtmhub(out, env, FakeGtmhubServer::new);
  }

  /**
   * Gtmhub, with a fake of the caller's making (for example seeded with generated data).
   *
   * @param out where to say which service is used
   * @param env the environment
   * @param fake makes the fake used when the environment names no real service
   * @return the connection
   */
  public static Connection<GtmhubClient> gtmhub(PrintStream out, Map<String, String> env, Supplier<FakeGtmhubServer> fake) {
    return Connection.open("Gtmhub", out, env, Platforms::realGtmhub, fake);
  }

  /**
   * OKR for Jira.
   *
   * @param out where to say which service is used
   * @param env the environment
   * @return the connection
   */
  public static Connection<OkrForJiraClient> jira(PrintStream out, Map<String, String> env) {
    return jira(out, env, FakeOkrForJiraServer::new);
  }

  /**
   * OKR for Jira, with a fake of the caller's making (for example seeded with generated data).
   *
   * @param out where to say which service is used
   * @param env the environment
   * @param fake makes the fake used when the environment names no real service
   * @return the connection
   */
  public static Connection<OkrForJiraClient> jira(PrintStream out, Map<String, String> env, Supplier<FakeOkrForJiraServer> fake) {
    return Connection.open("OKR for Jira", out, env, Platforms::realJira, fake);
  }

  static Optional<PerformClient> realPerform(Map<String, String> env) {
    Optional<String> user = Connection.variable(env, "OKRSDK_PERFORM_USERNAME");
    Optional<String> key = Connection.variable(env, "OKRSDK_PERFORM_API_KEY");
    Optional<String> region = Connection.variable(env, "OKRSDK_PERFORM_REGION");
    Optional<String> baseUrl = Connection.variable(env, "OKRSDK_PERFORM_BASE_URL");
    if (user.isEmpty() || key.isEmpty() || (region.isEmpty() && baseUrl.isEmpty())) {
      return Optional.empty();
    }
    PerformClient.Builder builder = PerformClient.builder().credentials(user.get(), key.get());
    if (baseUrl.isPresent()) {
      builder.baseUrl(baseUrl.get());
    } else {
      builder.region(region.get());
    }
    return Optional.of(builder.build());
  }

  static Optional<OgsmClient> realOgsm(Map<String, String> env) {
    Optional<String> user = Connection.variable(env, "OKRSDK_OGSM_USERNAME");
    Optional<String> password = Connection.variable(env, "OKRSDK_OGSM_PASSWORD");
    Optional<String> subdomain = Connection.variable(env, "OKRSDK_OGSM_SUBDOMAIN");
    Optional<String> baseUrl = Connection.variable(env, "OKRSDK_OGSM_BASE_URL");
    if (user.isEmpty() || password.isEmpty() || (subdomain.isEmpty() && baseUrl.isEmpty())) {
      return Optional.empty();
    }
    OgsmClient.Builder builder = OgsmClient.builder().credentials(user.get(), password.get());
    if (baseUrl.isPresent()) {
      builder.baseUrl(baseUrl.get());
    } else {
      builder.subdomain(subdomain.get());
    }
    return Optional.of(builder.build());
  }

  static Optional<GtmhubClient> realGtmhub(Map<String, String> env) {
    Optional<String> token = Connection.variable(env, "OKRSDK_GTMHUB_TOKEN");
    Optional<String> account = Connection.variable(env, "OKRSDK_GTMHUB_ACCOUNT_ID");
    Optional<String> region = Connection.variable(env, "OKRSDK_GTMHUB_REGION");
    Optional<String> baseUrl = Connection.variable(env, "OKRSDK_GTMHUB_BASE_URL");
    if (token.isEmpty() || account.isEmpty() || (region.isEmpty() && baseUrl.isEmpty())) {
      return Optional.empty();
    }
    GtmhubClient.Builder builder = GtmhubClient.builder().credentials(token.get(), account.get());
    if (baseUrl.isPresent()) {
      builder.baseUrl(baseUrl.get());
    } else {
      builder.region(GtmhubRegion.valueOf(constant(region.get())));
    }
    return Optional.of(builder.build());
  }

  static Optional<OkrForJiraClient> realJira(Map<String, String> env) {
    Optional<String> token = Connection.variable(env, "OKRSDK_JIRA_TOKEN");
    if (token.isEmpty()) {
      return Optional.empty();
    }
    OkrForJiraClient.Builder builder = OkrForJiraClient.builder().apiToken(token.get());
    Connection.variable(env, "OKRSDK_JIRA_REGION")
        .ifPresent(region -> builder.region(OkrForJiraRegion.valueOf(constant(region))));
    Connection.variable(env, "OKRSDK_JIRA_BASE_URL").ifPresent(builder::baseUrl);
    return Optional.of(builder.build());
  }

  /** {@code quantive-eu} and {@code QUANTIVE_EU} name the same preset. */
  private static String constant(String name) {
    return name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
  }
}
