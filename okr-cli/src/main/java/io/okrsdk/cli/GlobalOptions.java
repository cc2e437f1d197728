package io.okrsdk.cli;

import picocli.CommandLine.Option;

/** Options every command takes, before or after the command name. */
final class GlobalOptions {
  @Option(names = "--demo", description = "Use the embedded fake servers (the vendors' documented examples) instead of the real services.")
  boolean demo;

  @Option(names = "--demo-size", paramLabel = "<n>",
      description = "With --demo, add <n> generated goals or objectives to each fake (default: ${DEFAULT-VALUE}).")
  int demoSize;

  @Option(names = "--verbose", description = "Print stack traces with errors.")
  boolean verbose;

  /** The options given here or on the parent command. */
  GlobalOptions merge(GlobalOptions parent) {
    GlobalOptions merged = new GlobalOptions();
    merged.demo = demo || parent.demo;
    merged.demoSize = Math.max(demoSize, parent.demoSize);
    merged.verbose = verbose || parent.verbose;
    return merged;
  }
}
