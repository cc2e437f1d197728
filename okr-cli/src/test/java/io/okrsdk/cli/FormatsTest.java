package io.okrsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Escaping in the formats, and when the progress line shows. */
class FormatsTest {
  @Test
  void csvQuotesWhatNeedsIt() {
    assertThat(CsvWriter.escape("plain")).isEqualTo("plain");
    assertThat(CsvWriter.escape("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvWriter.escape("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvWriter.escape("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  @Test
  void jsonEscapesControlCharacters() {
    assertThat(JsonWriter.string("a\"b\\c\n\u0001\u2028")).isEqualTo("\"a\\\"b\\\\c\\n\\u0001\\u2028\"");
  }

  @Test
  void progressShowsOnlyForLongExportsAndWhenEnabled() {
    AtomicLong clock = new AtomicLong();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    ProgressLine line = new ProgressLine(err, true, clock::get);
    line.update(10, 20);
    clock.set(500_000_000L);
    line.update(100, 200);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).as("quiet in the first second").isEmpty();
    clock.set(2_000_000_000L);
    line.update(1000, 2000);
    line.finish(1200, 2400);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("\rexporting: 1,000 objectives, 2,000 key results (500 objectives/s)"
            + "\rexporting: 1,200 objectives, 2,400 key results (600 objectives/s)" + System.lineSeparator());

    ByteArrayOutputStream none = new ByteArrayOutputStream();
    ProgressLine off = new ProgressLine(new PrintStream(none, true, StandardCharsets.UTF_8), false, clock::get);
    clock.set(10_000_000_000L);
    off.update(1, 1);
    off.finish(1, 1);
    assertThat(none.size()).isZero();
  }
}
