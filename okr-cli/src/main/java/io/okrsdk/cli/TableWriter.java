package io.okrsdk.cli;

import io.okrsdk.portable.KeyResult;
import io.okrsdk.portable.Objective;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A table with one row per objective followed by one per key result, under a header written
 * before the first row (or at the end of an empty export). Subclasses say how a row is written.
 */
abstract class TableWriter implements Format.ObjectiveWriter {
  /** Where the table goes. */
  protected final Writer out;
  private boolean started;

  TableWriter(Writer out) {
    this.out = out;
  }

  @Override
  public final void write(Objective objective) throws IOException {
    header();
    row(Columns.of(objective));
    for (KeyResult keyResult : objective.keyResults()) {
      row(Columns.of(keyResult));
    }
  }

  @Override
  public final void finish() throws IOException {
    header();
  }

  private void header() throws IOException {
    if (!started) {
      started = true;
      row(Columns.NAMES);
      afterHeader();
    }
  }

  /** What follows the header row (a Markdown table's separator); nothing by default. */
  void afterHeader() throws IOException {}

  /** One row of the table. */
  abstract void row(List<String> fields) throws IOException;
}
