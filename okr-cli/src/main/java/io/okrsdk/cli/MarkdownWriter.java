package io.okrsdk.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** A GitHub-flavoured Markdown table; pipes and line breaks in values are escaped. */
final class MarkdownWriter extends TableWriter {
  MarkdownWriter(Writer out) {
    super(out);
  }

  @Override
  void afterHeader() throws IOException {
    out.write("|" + "---|".repeat(Columns.NAMES.size()) + "\n");
  }

  @Override
  void row(List<String> fields) throws IOException {
    out.write('|');
    for (String field : fields) {
      out.write(' ');
      out.write(field.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>"));
      out.write(" |");
    }
    out.write('\n');
  }
}
