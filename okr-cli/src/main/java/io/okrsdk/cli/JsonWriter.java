package io.okrsdk.cli;

import io.okrsdk.portable.KeyResult;
import io.okrsdk.portable.Objective;
import io.okrsdk.portable.OkrItem;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Objectives as JSON, written by hand so each is written as it arrives: the {@link Columns} names
 * as keys (absent values left out, progress and values as numbers, owners as an array), and {@code
 * key_results} nested.
 */
final class JsonWriter implements Format.ObjectiveWriter {
  private final Writer out;
  private final boolean array;
  private boolean started;

  JsonWriter(Writer out, boolean array) {
    this.out = out;
    this.array = array;
  }

  @Override
  public void write(Objective objective) throws IOException {
    if (array) {
      out.write(started ? ",\n" : "[\n");
    }
    started = true;
    out.write('{');
    fields(objective);
    out.write(",\"key_results\":[");
    for (int i = 0; i < objective.keyResults().size(); i++) {
      KeyResult keyResult = objective.keyResults().get(i);
      out.write(i == 0 ? "{" : ",{");
      fields(keyResult);
      out.write('}');
    }
    out.write("]}");
    if (!array) {
      out.write('\n');
    }
  }

  @Override
  public void finish() throws IOException {
    if (array) {
      out.write(started ? "\n]\n" : "[]\n");
    }
  }

  private void fields(OkrItem item) throws IOException {
    List<String> values = Columns.of(item);
    boolean first = true;
    for (int i = 0; i < Columns.NAMES.size(); i++) {
      String name = Columns.NAMES.get(i);
      String value = values.get(i);
      if (value.isEmpty() || name.equals("owners")) {
        continue;
      }
      out.write(first ? "" : ",");
      first = false;
      out.write(string(name));
      out.write(':');
      boolean number = name.equals("progress") || name.endsWith("_value");
      out.write(number ? value : string(value));
    }
    out.write(",\"owners\":[");
    for (int i = 0; i < item.owners().size(); i++) {
      out.write(i == 0 ? "" : ",");
      out.write(string(item.owners().get(i).label()));
    }
    out.write(']');
  }

  static String string(String value) {
    StringBuilder json = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          json.append("\\\"");
          break;
        case '\\':
          json.append("\\\\");
          break;
        case '\n':
          json.append("\\n");
          break;
        case '\r':
          json.append("\\r");
          break;
        case '\t':
          json.append("\\t");
          break;
        default:
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
      }
    }
    return json.append('"').toString();
  }
}
