/**
 * One model of objectives and key results over the four platforms, read through each platform's
 * client; see the module README.
 */
module io.okrsdk.portable {
  // Sources take the platform clients and return core's PagedIterable-backed listings: a user who
  // requires this module reads the four platforms and core without naming them.
  requires transitive io.okrsdk.perform;
  requires transitive io.okrsdk.ogsm;
  requires transitive io.okrsdk.gtmhub;
  requires transitive io.okrsdk.jira;
  // Immutables annotations are read at compile time only.
  requires static org.immutables.value.annotations;

  exports io.okrsdk.portable;

  // Core's JSON bridge reaches the generated Immutable* builders of the models by reflection; Moshi
  // reads enum constants.
  opens io.okrsdk.portable to io.okrsdk.core, com.squareup.moshi;
}
