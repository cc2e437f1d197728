/** A user's modular application: it names only the SDK modules it uses. */
module com.example.modular {
  requires io.okrsdk.gtmhub;
  requires io.okrsdk.perform;
  requires io.okrsdk.ogsm;
  requires io.okrsdk.jira;
  requires io.okrsdk.testing;
}
