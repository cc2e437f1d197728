/**
 * The OGSM client (goals, strategies, measures, dashboards); see the module README.
 */
module io.okrsdk.ogsm {
  // Clients extend core's OkrClient and return its PagedIterable: a user who requires this module
  // reads core (and through it OkHttp, Retrofit, Moshi and JSpecify) without naming it.
  requires transitive io.okrsdk.core;
  // Immutables annotations are read at compile time only.
  requires static org.immutables.value.annotations;

  exports io.okrsdk.ogsm;
  exports io.okrsdk.ogsm.model;

  // Core's JSON bridge reaches the generated Immutable* builders of package-private models by
  // reflection; Moshi reads enum constants and any plain class it decodes.
  opens io.okrsdk.ogsm to io.okrsdk.core, com.squareup.moshi;
  opens io.okrsdk.ogsm.model to io.okrsdk.core, com.squareup.moshi;
  opens io.okrsdk.ogsm.internal to io.okrsdk.core, com.squareup.moshi;
}
