package io.okrsdk.portable;

import java.util.Optional;
import java.util.regex.Pattern;

/** HTML descriptions as plain text: tags become spaces, common entities are decoded, blanks collapse. */
final class PlainText {
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  private PlainText() {}

  static Optional<String> of(Optional<String> html) {
    return html.map(PlainText::of).filter(text -> !text.isEmpty());
  }

  static String of(String html) {
    String text = TAG.matcher(html).replaceAll(" ");
    text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
    return BLANKS.matcher(text).replaceAll(" ").trim();
  }
}
