/**
 * okr-sdk: one Java SDK for four OKR platforms. This module is the shared runtime every client is
 * built on; each platform is its own module with its own client.
 *
 * <table class="striped">
 * <caption>The four clients</caption>
 * <thead>
 * <tr><th scope="col">Platform</th><th scope="col">Artifact and module</th>
 * <th scope="col">Client</th><th scope="col">Built from the environment</th></tr>
 * </thead>
 * <tbody>
 * <tr><th scope="row">Perform &amp; Engage 365</th>
 * <td>{@code io.okrsdk:okr-sdk-perform}, {@code io.okrsdk.perform}</td>
 * <td><a href="https://javadoc.io/doc/io.okrsdk/okr-sdk-perform/latest/io.okrsdk.perform/io/okrsdk/perform/PerformClient.html">PerformClient</a></td>
 * <td>{@code PerformClient.builder().fromEnv().build()} ({@code OKRSDK_PERFORM_*})</td></tr>
 * <tr><th scope="row">OGSM</th>
 * <td>{@code io.okrsdk:okr-sdk-ogsm}, {@code io.okrsdk.ogsm}</td>
 * <td><a href="https://javadoc.io/doc/io.okrsdk/okr-sdk-ogsm/latest/io.okrsdk.ogsm/io/okrsdk/ogsm/OgsmClient.html">OgsmClient</a></td>
 * <td>{@code OgsmClient.builder().fromEnv().build()} ({@code OKRSDK_OGSM_*})</td></tr>
 * <tr><th scope="row">Gtmhub (Quantive Results)</th>
 * <td>{@code io.okrsdk:okr-sdk-gtmhub}, {@code io.okrsdk.gtmhub}</td>
 * <td><a href="https://javadoc.io/doc/io.okrsdk/okr-sdk-gtmhub/latest/io.okrsdk.gtmhub/io/okrsdk/gtmhub/GtmhubClient.html">GtmhubClient</a></td>
 * <td>{@code GtmhubClient.builder().fromEnv().build()} ({@code OKRSDK_GTMHUB_*})</td></tr>
 * <tr><th scope="row">OKR for Jira</th>
 * <td>{@code io.okrsdk:okr-sdk-jira}, {@code io.okrsdk.jira}</td>
 * <td><a href="https://javadoc.io/doc/io.okrsdk/okr-sdk-jira/latest/io.okrsdk.jira/io/okrsdk/jira/OkrForJiraClient.html">OkrForJiraClient</a></td>
 * <td>{@code OkrForJiraClient.builder().fromEnv().build()} ({@code OKRSDK_JIRA_*})</td></tr>
 * </tbody>
 * </table>
 *
 * <p>Every client extends {@link io.okrsdk.core.OkrClient} and is made by a builder extending
 * {@link io.okrsdk.core.OkrClientBuilder} (timeouts, retries, rate limiting, paging, decoding,
 * logging, your own OkHttp client). Listings are {@link io.okrsdk.core.paging.PagedIterable}s,
 * every failure is an {@link io.okrsdk.core.OkrException}, and every blocking method has an
 * {@code ...Async} twin. {@code io.okrsdk:okr-sdk-testing} runs an in-process fake server per
 * platform, and {@code io.okrsdk:okr-sdk-portable} reads all four as one OKR model.
 *
 * <pre>{@code
 * try (GtmhubClient gtmhub = GtmhubClient.builder().fromEnv().build()) {
 *   gtmhub.goals().list().forEach(goal -> System.out.println(goal.name().orElse("")));
 * }
 * }</pre>
 *
 * <p>Exported to everyone is what a user's code names: the client base, builder and exceptions
 * ({@code io.okrsdk.core}), the authentication contract ({@code auth}), HTTP settings ({@code
 * http}), model annotations and decoding choices ({@code json}) and the paging API ({@code
 * paging}). The plumbing under {@code io.okrsdk.core.internal.*} is exported only to the SDK's own
 * modules, which build their clients on it; it may change in any release.
 */
// The SDK's own modules are compiled after core, so the qualified exports name modules javac
// cannot see yet.
@SuppressWarnings("module")
module io.okrsdk.core {
  // In the public API: OkHttpClient (builder), retrofit2.Call (the typed API interfaces), Moshi
  // (ClientRuntime, OkrJson) and the JSpecify annotations read by users' nullness tools.
  // Retrofit and Moshi ship no module descriptor; their names are the stable Automatic-Module-Name
  // of their manifests.
  requires transitive okhttp3;
  requires transitive retrofit2;
  requires transitive com.squareup.moshi;
  requires transitive org.jspecify;
  requires okio;
  // Immutables annotations are read at compile time only.
  requires static org.immutables.value.annotations;

  exports io.okrsdk.core;
  exports io.okrsdk.core.auth;
  exports io.okrsdk.core.http;
  exports io.okrsdk.core.json;
  exports io.okrsdk.core.paging;

  exports io.okrsdk.core.internal to
      io.okrsdk.perform, io.okrsdk.ogsm, io.okrsdk.gtmhub, io.okrsdk.jira, io.okrsdk.testing;
  exports io.okrsdk.core.internal.auth to
      io.okrsdk.perform, io.okrsdk.ogsm, io.okrsdk.gtmhub, io.okrsdk.jira;
  // Every module with a Retrofit interface compiles its generated calls (ApiCalls) against it; the
  // testing module's tests compare those calls with Retrofit's own.
  exports io.okrsdk.core.internal.http to
      io.okrsdk.perform, io.okrsdk.ogsm, io.okrsdk.gtmhub, io.okrsdk.jira, io.okrsdk.testing;
  exports io.okrsdk.core.internal.paging to
      io.okrsdk.perform, io.okrsdk.ogsm, io.okrsdk.gtmhub, io.okrsdk.jira, io.okrsdk.portable;
  // The fakes encode their canned bodies with the SDK's own JSON setup, and every module with
  // models compiles their generated JSON shapes (ModelShape) against it.
  exports io.okrsdk.core.internal.json to
      io.okrsdk.perform, io.okrsdk.ogsm, io.okrsdk.gtmhub, io.okrsdk.jira, io.okrsdk.portable, io.okrsdk.testing;
}
