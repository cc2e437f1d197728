/**
 * In-process fake servers for the four platforms, usable as JUnit 5 extensions or started and
 * closed by hand; see the module README.
 */
module io.okrsdk.testing {
  // The fakes hand out the platforms' clients, implement JUnit's extension interfaces and expose
  // MockWebServer types in their routers: all part of this module's API.
  requires transitive io.okrsdk.perform;
  requires transitive io.okrsdk.ogsm;
  requires transitive io.okrsdk.gtmhub;
  requires transitive io.okrsdk.jira;
  requires transitive mockwebserver3;
  requires transitive org.junit.jupiter.api;
  // Immutables annotations are read at compile time only.
  requires static org.immutables.value.annotations;

  exports io.okrsdk.testing;
  exports io.okrsdk.testing.gtmhub;
  exports io.okrsdk.testing.jira;
  exports io.okrsdk.testing.ogsm;
  exports io.okrsdk.testing.perform;

  // The fakes decode and encode their wire classes through core's JSON bridge and Moshi.
  opens io.okrsdk.testing to io.okrsdk.core, com.squareup.moshi;
  opens io.okrsdk.testing.gtmhub to io.okrsdk.core, com.squareup.moshi;
  opens io.okrsdk.testing.jira to io.okrsdk.core, com.squareup.moshi;
  opens io.okrsdk.testing.ogsm to io.okrsdk.core, com.squareup.moshi;
  opens io.okrsdk.testing.perform to io.okrsdk.core, com.squareup.moshi;
}
