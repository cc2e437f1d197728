/**
 * The Perform &amp; Engage 365 client (goals and check-ins); see the module README.
 */
module io.okrsdk.perform {
  // Clients extend core's OkrClient and return its PagedIterable: a user who requires this module
  // reads core (and through it OkHttp, Retrofit, Moshi and JSpecify) without naming it.
  requires transitive io.okrsdk.core;
  // Immutables annotations are read at compile time only.
  requires static org.immutables.value.annotations;

  exports io.okrsdk.perform;
  exports io.okrsdk.perform.model;
  exports io.okrsdk.perform.query;
  // The fakes write what the client reads through the client's own JSON setup.
  exports io.okrsdk.perform.internal to io.okrsdk.testing;

  // Core's JSON bridge reaches the generated Immutable* builders of package-private models by
  // reflection; Moshi reads enum constants and any plain class it decodes.
  opens io.okrsdk.perform to io.okrsdk.core, com.squareup.moshi;
  opens io.okrsdk.perform.model to io.okrsdk.core, com.squareup.moshi;
  opens io.okrsdk.perform.internal to io.okrsdk.core, com.squareup.moshi;
}
