package io.okrsdk.cli;

import io.okrsdk.portable.Platform;
import java.io.PrintStream;
import java.util.Map;

/** What the commands run against: the streams, the environment and a clock, so tests can run in-process. */
final class Context {
  final PrintStream out;
  final PrintStream err;
  final Map<String, String> env;
  final boolean stderrIsTerminal;

  Context(PrintStream out, PrintStream err, Map<String, String> env, boolean stderrIsTerminal) {
    this.out = out;
    this.err = err;
    this.env = env;
    this.stderrIsTerminal = stderrIsTerminal;
  }

  /** The platform's source: the fake under --demo, else the real service when its variables are set. */
  Connection open(Platform platform, GlobalOptions options) {
    if (options.demo) {
      return Demo.open(platform, options.demoSize);
    }
    Credentials credentials = new Credentials(env);
    if (!credentials.configured(platform)) {
      throw new MissingCredentialsException(credentials.howToConfigure(platform));
    }
    return credentials.open(platform);
  }

  /** Thrown when a platform's variables are not set; exits with the usage code. */
  static final class MissingCredentialsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingCredentialsException(String message) {
      super(message);
    }
  }
}
