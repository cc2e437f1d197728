package io.okrsdk.examples;

/** A text progress bar such as {@code [#######---]  70%}, for examples' terminal output. */
public final class ProgressBar {
  private ProgressBar() {}

  /**
   * Renders a fraction.
   *
   * @param fraction done, from 0 to 1 (clamped)
   * @param width the number of cells between the brackets
   * @return the bar with the percentage
   */
  public static String of(double fraction, int width) {
    double clamped = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
    int filled = (int) Math.round(clamped * width);
    return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + String.format("%3d%%", Math.round(clamped * 100));
  }
}
