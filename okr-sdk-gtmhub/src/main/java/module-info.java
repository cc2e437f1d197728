/**
 * The Gtmhub (Quantive Results) client (goals, metrics, queries); see the module README.
 */
module io.okrsdk.gtmhub {
  // Clients extend core's OkrClient and return its PagedIterable: a user who requires this module
  // reads core (and through it OkHttp, Retrofit, Moshi and JSpecify) without naming it.
  requires transitive io.okrsdk.core;
  // Immutables annotations are read at compile time only.
  requires static org.immutables.value.annotations;

  exports io.okrsdk.gtmhub;
  exports io.okrsdk.gtmhub.model;
  // The fakes write what the client reads through the client's own JSON setup.
  exports io.okrsdk.gtmhub.internal to io.okrsdk.testing;
  exports io.okrsdk.gtmhub.query;

  // Core's JSON bridge reaches the generated Immutable* builders of package-private models by
  // reflection; Moshi reads enum constants and any plain class it decodes.
  opens io.okrsdk.gtmhub to io.okrsdk.core, com.squareup.moshi;
  opens io.okrsdk.gtmhub.model to io.okrsdk.core, com.squareup.moshi;
  opens io.okrsdk.gtmhub.internal to io.okrsdk.core, com.squareup.moshi;
}
