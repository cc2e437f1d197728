package io.okrsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TourTest {
  @Test
  void toursAllFourPlatformsOnTheEmbeddedFakes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Tour.run(new PrintStream(out, true, StandardCharsets.UTF_8), Map.of());

    String text = out.toString(StandardCharsets.UTF_8);
    List<String> firstLines =
        text.lines().filter(line -> line.contains("using the embedded fake server")).collect(Collectors.toList());
    assertThat(text.lines().findFirst().orElseThrow()).startsWith("Perform & Engage 365: no credentials in the environment");
    assertThat(firstLines).hasSize(4);
    assertThat(text)
        .contains("Increase sales by 20%  20.0000 / 100.0000 perc  RED")
        .contains("#123 Goal title  traffic light red")
        .contains("goals: 8 in all")
        .contains("        KR [")
        .contains("O-2 Become more mature company  (2 key results, 3 child objectives)");
  }
}
