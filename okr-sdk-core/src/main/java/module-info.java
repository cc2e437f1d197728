/**
 * The shared runtime of the okr-sdk platform clients.
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
  exports io.okrsdk.core.internal.auth to
      io.okrsdk.perform, io.okrsdk.ogsm, io.okrsdk.gtmhub, io.okrsdk.jira;
  exports io.okrsdk.core.internal.http to
      io.okrsdk.perform, io.okrsdk.ogsm, io.okrsdk.gtmhub, io.okrsdk.jira;
  exports io.okrsdk.core.internal.paging to
      io.okrsdk.perform, io.okrsdk.ogsm, io.okrsdk.gtmhub, io.okrsdk.jira, io.okrsdk.portable;
  // The fakes encode their canned bodies with the SDK's own JSON setup.
  exports io.okrsdk.core.internal.json to
      io.okrsdk.perform, io.okrsdk.ogsm, io.okrsdk.gtmhub, io.okrsdk.jira, io.okrsdk.testing;
}
