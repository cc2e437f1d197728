package io.okrsdk.cli;

/** A text progress bar such as {@code [#######---]  70%}. */
final class Bar {
  private Bar() {}

  static String of(double fraction, int width) {
    double clamped = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
    int filled = (int) Math.round(clamped * width);
    return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + String.format(java.util.Locale.ROOT, "%3d%%", Math.round(clamped * 100));
  }
}
