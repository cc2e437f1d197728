package io.okrsdk.cli;

import io.okrsdk.portable.KeyResult;
import io.okrsdk.portable.Objective;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** CSV as RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted. */
final class CsvWriter implements Format.ObjectiveWriter {
  private final Writer out;
  private boolean started;

  CsvWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(Objective objective) throws IOException {
    header();
    row(Columns.of(objective));
    for (KeyResult keyResult : objective.keyResults()) {
      row(Columns.of(keyResult));
    }
  }

  @Override
  public void finish() throws IOException {
    header();
  }

  private void header() throws IOException {
    if (!started) {
      started = true;
      row(Columns.NAMES);
    }
  }

  private void row(List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(escape(fields.get(i)));
    }
    out.write("\r\n");
  }

  static String escape(String field) {
    boolean plain = field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
    return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
  }
}
