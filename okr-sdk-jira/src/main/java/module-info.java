/**
 * The OKR for Jira client (objectives, key results, updates); see the module README.
 */
module io.okrsdk.jira {
  // Clients extend core's OkrClient and return its PagedIterable: a user who requires this module
  // reads core (and through it OkHttp, Retrofit, Moshi and JSpecify) without naming it.
  requires transitive io.okrsdk.core;
  // Immutables annotations are read at compile time only.
  requires static org.immutables.value.annotations;

  exports io.okrsdk.jira;
  exports io.okrsdk.jira.model;
  exports io.okrsdk.jira.query;
  // The fakes write what the client reads through the client's own JSON setup.
  exports io.okrsdk.jira.internal to io.okrsdk.testing;

  // Core's JSON bridge reaches the generated Immutable* builders of package-private models by
  // reflection; Moshi reads enum constants and any plain class it decodes.
  opens io.okrsdk.jira to io.okrsdk.core, com.squareup.moshi;
  opens io.okrsdk.jira.model to io.okrsdk.core, com.squareup.moshi;
  opens io.okrsdk.jira.internal to io.okrsdk.core, com.squareup.moshi;
}
