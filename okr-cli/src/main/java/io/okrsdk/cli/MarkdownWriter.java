package io.okrsdk.cli;

import io.okrsdk.portable.KeyResult;
import io.okrsdk.portable.Objective;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** A GitHub-flavoured Markdown table; pipes and line breaks in values are escaped. */
final class MarkdownWriter implements Format.ObjectiveWriter {
  private final Writer out;
  private boolean started;

  MarkdownWriter(Writer out) {
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
      out.write("|" + "---|".repeat(Columns.NAMES.size()) + "\n");
    }
  }

  private void row(List<String> fields) throws IOException {
    out.write('|');
    for (String field : fields) {
      out.write(' ');
      out.write(field.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>"));
      out.write(" |");
    }
    out.write('\n');
  }
}
