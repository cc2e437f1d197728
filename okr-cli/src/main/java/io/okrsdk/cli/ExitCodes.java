package io.okrsdk.cli;

/** The exit codes of the okr command, documented in okr-cli/README.md and in {@code okr --help}. */
final class ExitCodes {
  /** Done. */
  static final int OK = 0;
  /** Anything else went wrong (for example the output file could not be written). */
  static final int FAILURE = 1;
  /** Bad arguments, an unknown platform, missing credentials, or an operation the platform lacks. */
  static final int USAGE = 2;
  /** The platform refused the credentials (401 or 403). */
  static final int AUTHENTICATION = 3;
  /** The platform could not be reached (connection, DNS, TLS, timeout). */
  static final int NETWORK = 4;
  /** The platform answered with a server error, another error status, or a body that could not be read. */
  static final int SERVER = 5;

  private ExitCodes() {}
}
