package io.okrsdk.examples;

import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.perform.PerformClient;
import io.okrsdk.testing.FakeGtmhubServer;
import io.okrsdk.testing.FakeOgsmServer;
import io.okrsdk.testing.FakeOkrForJiraServer;
import io.okrsdk.testing.FakePerformServer;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Opens each platform from the environment with its builder's {@code fromEnv}, or its embedded
 * fake when none of the platform's variables is set (when some are, {@code fromEnv} names the
 * missing ones):
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
    return anySet(env, "OKRSDK_PERFORM_") ? Optional.of(PerformClient.builder().fromEnv(env).build()) : Optional.empty();
  }

  static Optional<OgsmClient> realOgsm(Map<String, String> env) {
    return anySet(env, "OKRSDK_OGSM_") ? Optional.of(OgsmClient.builder().fromEnv(env).build()) : Optional.empty();
  }

  static Optional<GtmhubClient> realGtmhub(Map<String, String> env) {
    return anySet(env, "OKRSDK_GTMHUB_") ? Optional.of(GtmhubClient.builder().fromEnv(env).build()) : Optional.empty();
  }

  static Optional<OkrForJiraClient> realJira(Map<String, String> env) {
    return anySet(env, "OKRSDK_JIRA_") ? Optional.of(OkrForJiraClient.builder().fromEnv(env).build()) : Optional.empty();
  }

  /**
   * Whether any of a platform's variables is set: then the real service is meant, and the
   * builder's {@code fromEnv} names whatever else is missing.
   */
  private static boolean anySet(Map<String, String> env, String prefix) {
    return env.keySet().stream().anyMatch(name -> name.startsWith(prefix) && Connection.variable(env, name).isPresent());
  }
}
