package io.okrsdk.cli;

import io.okrsdk.portable.Objective;
import java.io.IOException;
import java.io.Writer;

/** An export format: writes objectives one at a time, so an export of any size streams. */
enum Format {
  /** RFC 4180 CSV, one row per objective followed by its key results. */
  CSV {
    @Override
    ObjectiveWriter open(Writer out) {
      return new CsvWriter(out);
    }
  },
  /** One JSON object per line, per objective, with its key results nested. */
  JSONL {
    @Override
    ObjectiveWriter open(Writer out) {
      return new JsonWriter(out, false);
    }
  },
  /** One JSON array of objectives with their key results nested. */
  JSON {
    @Override
    ObjectiveWriter open(Writer out) {
      return new JsonWriter(out, true);
    }
  },
  /** A Markdown table, one row per objective followed by its key results. */
  MARKDOWN {
    @Override
    ObjectiveWriter open(Writer out) {
      return new MarkdownWriter(out);
    }
  };

  abstract ObjectiveWriter open(Writer out) throws IOException;

  /** Writes one format. */
  interface ObjectiveWriter {
    /** Writes an objective and its key results. */
    void write(Objective objective) throws IOException;

    /** Writes what closes the document (such as a JSON array's bracket); does not close the writer. */
    void finish() throws IOException;
  }
}
