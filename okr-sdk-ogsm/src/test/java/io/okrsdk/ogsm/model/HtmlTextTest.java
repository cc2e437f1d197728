package io.okrsdk.ogsm.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTextTest {
  @Test
  void docsExampleBecomesItsText() {
    assertThat(HtmlText.toPlainText("<p>Description</p>")).isEqualTo("Description");
  }

  @Test
  void paragraphsListItemsAndBreaksStartNewLines() {
    String html =
        "<h2>Plan</h2><p>Grow <strong>revenue</strong> in\n   the  <em>EU</em>.</p>"
            + "<ul><li>Germany</li><li>Belgium</li></ul><p>First line<br>second line<br/>third</p>";

    assertThat(HtmlText.toPlainText(html))
        .isEqualTo("Plan\nGrow revenue in the EU.\nGermany\nBelgium\nFirst line\nsecond line\nthird");
  }

  @Test
  void anEmptyParagraphWithABreakKeepsABlankLine() {
    assertThat(HtmlText.toPlainText("<p>one</p><p><br></p><p>two</p>")).isEqualTo("one\n\ntwo");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Q1 &amp; Q2|Q1 & Q2",
        "&lt;p&gt; is a tag|<p> is a tag",
        "&quot;quoted&quot; and &apos;single&apos; and &#39;numeric&#39;|\"quoted\" and 'single' and 'numeric'",
        "caf&#233; &#x2014; &#X41;|café — A",
        "it&rsquo;s &ldquo;ok&rdquo; &ndash; &hellip; &euro;5|it’s “ok” – … €5",
        "a&nbsp;&nbsp;b|a  b",
        "AT&T &unknown; &amp &#xZZ; &#0; &#55296;|AT&T &unknown; &amp &#xZZ; &#0; &#55296;",
      })
  void entitiesAreDecodedOnceAndUnknownOnesKept(String html, String text) {
    assertThat(HtmlText.toPlainText(html)).isEqualTo(text);
  }

  @Test
  void decodedMarkupIsTextNotTags() {
    assertThat(HtmlText.toPlainText("&lt;script&gt;alert(1)&lt;/script&gt;")).isEqualTo("<script>alert(1)</script>");
  }

  @Test
  void scriptStyleAndCommentsAreDropped() {
    String html = "<style>p { color: red; }</style><p>kept<!-- note --> text</p><SCRIPT>var a = '<p>';</script>end";

    assertThat(HtmlText.toPlainText(html)).isEqualTo("kept text\nend");
  }

  @Test
  void attributesMayHoldAngleBrackets() {
    assertThat(HtmlText.toPlainText("<a href=\"/x?a>b\" title='1 > 0'>link</a> after")).isEqualTo("link after");
  }

  @Test
  void aLessThanSignThatStartsNoTagIsText() {
    assertThat(HtmlText.toPlainText("<p>3 < 5 and 5 <= 7 <</p>")).isEqualTo("3 < 5 and 5 <= 7 <");
  }

  @Test
  void tableCellsAreSeparatedAndRowsAreLines() {
    String html = "<table><tr><th>Month</th><th>Value</th></tr><tr><td>Jan</td><td>12</td></tr></table>";

    assertThat(HtmlText.toPlainText(html)).isEqualTo("Month Value\nJan 12");
  }

  @Test
  void nullEmptyAndPlainTextInputs() {
    assertThat(HtmlText.toPlainText(null)).isEmpty();
    assertThat(HtmlText.toPlainText("")).isEmpty();
    assertThat(HtmlText.toPlainText("  Example  ")).isEqualTo("Example");
    assertThat(HtmlText.toPlainText("<p>  </p>")).isEmpty();
  }

  @Test
  void anUnclosedTagOrCommentEndsTheText() {
    assertThat(HtmlText.toPlainText("text <b class=\"x")).isEqualTo("text");
    assertThat(HtmlText.toPlainText("text <!-- never closed")).isEqualTo("text");
    assertThat(HtmlText.toPlainText("text <script>never closed")).isEqualTo("text");
  }

  @Test
  void modelsOfferTheirDescriptionAsText() {
    Objective objective =
        Objective.builder().id(1).title("O").description("<p>Grow &amp; <em>win</em></p>").build();
    Objective withoutDescription = Objective.builder().id(1).title("O").build();
    GoalMeasurement measurement =
        GoalMeasurement.builder()
            .id(1)
            .goal(Reference.of(2))
            .at(java.time.LocalDate.of(2024, 1, 1))
            .description("Plain")
            .build();

    assertThat(objective.descriptionText()).contains("Grow & win");
    assertThat(withoutDescription.descriptionText()).isEqualTo(Optional.empty());
    assertThat(measurement.descriptionText()).contains("Plain");
  }
}
