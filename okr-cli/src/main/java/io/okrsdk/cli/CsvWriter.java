package io.okrsdk.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** CSV as RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted. */
final class CsvWriter extends TableWriter {
  CsvWriter(Writer out) {
    super(out);
  }

  @Override
  void row(List<String> fields) throws IOException {
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
