/**
 * The shared runtime of the okr-sdk platform clients: the client base and builder, authentication,
 * errors, paging and the JSON bridge that turns Immutables models into Moshi adapters.
 *
 * <p>Every package is exported today because each one holds types a user touches (for example
 * {@code RetryPolicy}, {@code HttpLogLevel} and {@code Sleeper} in {@code http}, {@code OpenEnum}
 * and {@code OkrModel} in {@code json}). Plumbing that only the platform modules need belongs in
 * {@code io.okrsdk.core.internal.*} and is exported to them alone, never to users:
 *
 * <pre>{@code
 * exports io.okrsdk.core.internal.http to
 *     io.okrsdk.perform, io.okrsdk.ogsm, io.okrsdk.gtmhub, io.okrsdk.jira, io.okrsdk.testing;
 * }</pre>
 */
module io.okrsdk.core {
  // In the public API: OkHttpClient (builder), retrofit2.Call (the typed API interfaces), Moshi
  // (ClientRuntime, OkrJson) and the JSpecify annotations read by users' nullness tools.
  // Retrofit and Moshi ship no module descriptor; their names are the stable Automatic-Module-Name
  // of their manifests.
  requires transitive okhttp3;
  requires transitive retrofit2;
  requires transitive com.squareup.moshi;
  requires transitive org.jspecify;
  requires retrofit2.converter.moshi;
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
}
