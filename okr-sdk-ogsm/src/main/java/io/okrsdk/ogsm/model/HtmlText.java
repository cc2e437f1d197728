package io.okrsdk.ogsm.model;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the HTML that OGSM stores in descriptions into plain text, for logs, terminals and other
 * places that show text rather than markup.
 *
 * <ul>
 *   <li>Tags and comments are removed; the content of {@code script} and {@code style} elements is
 *       dropped.
 *   <li>{@code <br>} becomes a line break; block elements ({@code p}, {@code div}, {@code li},
 *       headings, table rows, ...) start a new line.
 *   <li>Runs of whitespace collapse to one space, as a browser shows them; lines are trimmed.
 *   <li>Numeric entities ({@code &#39;}, {@code &#x2019;}) and common named ones ({@code &amp;},
 *       {@code &lt;}, {@code &gt;}, {@code &quot;}, {@code &apos;}, {@code &nbsp;}, quotes, dashes,
 *       {@code &hellip;}, {@code &euro;}, ...) are decoded; anything else is kept as written.
 * </ul>
 *
 * <p>This is a reader for rich-text descriptions, not a sanitizer: do not use its output as HTML.
 */
public final class HtmlText {
  private static final Set<String> BLOCK_ELEMENTS =
      Set.of(
          "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure",
          "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
          "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul");
  private static final Set<String> CELL_ELEMENTS = Set.of("td", "th");
  private static final Set<String> RAW_TEXT_ELEMENTS = Set.of("script", "style");
  private static final Map<String, Character> NAMED_ENTITIES =
      Map.ofEntries(
          Map.entry("amp", '&'),
          Map.entry("lt", '<'),
          Map.entry("gt", '>'),
          Map.entry("quot", '"'),
          Map.entry("apos", '\''),
          Map.entry("nbsp", ' '),
          Map.entry("ndash", '\u2013'),
          Map.entry("mdash", '\u2014'),
          Map.entry("lsquo", '\u2018'),
          Map.entry("rsquo", '\u2019'),
          Map.entry("ldquo", '\u201C'),
          Map.entry("rdquo", '\u201D'),
          Map.entry("laquo", '\u00AB'),
          Map.entry("raquo", '\u00BB'),
          Map.entry("hellip", '\u2026'),
          Map.entry("bull", '\u2022'),
          Map.entry("middot", '\u00B7'),
          Map.entry("euro", '\u20AC'),
          Map.entry("pound", '\u00A3'),
          Map.entry("copy", '\u00A9'),
          Map.entry("reg", '\u00AE'),
          Map.entry("trade", '\u2122'),
          Map.entry("deg", '\u00B0'));
  /** Longest entity name or number looked at, {@code ;} excluded. */
  private static final int MAX_ENTITY_LENGTH = 10;

  private final String html;
  private final StringBuilder out;
  private boolean pendingSpace;
  private int position;

  private HtmlText(String html) {
    this.html = html;
    this.out = new StringBuilder(html.length());
  }

  /**
   * The plain text of an HTML fragment, such as {@code "Description"} for {@code
   * "<p>Description</p>"}.
   *
   * @param html the HTML; {@code null} is read as empty
   * @return the text, without leading or trailing blank lines
   */
  public static String toPlainText(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    return new HtmlText(html).convert();
  }

  private String convert() {
    while (position < html.length()) {
      char c = html.charAt(position);
      if (c == '<' && startsMarkup()) {
        markup();
      } else if (c == '&') {
        entity();
      } else if (Character.isWhitespace(c)) {
        pendingSpace = true;
        position++;
      } else {
        text(c);
        position++;
      }
    }
    return tidy(out);
  }

  /** A {@code <} starts markup only before a tag name, {@code /}, {@code !} or {@code ?}. */
  private boolean startsMarkup() {
    if (position + 1 >= html.length()) {
      return false;
    }
    char next = html.charAt(position + 1);
    return Character.isLetter(next) || next == '/' || next == '!' || next == '?';
  }

  private void markup() {
    if (html.startsWith("<!--", position)) {
      position = skipPast("-->", position + 4);
      return;
    }
    int end = tagEnd(position + 1);
    String tag = html.substring(position + 1, Math.max(position + 1, end - 1));
    position = end;
    boolean closing = tag.startsWith("/");
    String name = tagName(closing ? tag.substring(1) : tag);
    if (!closing && RAW_TEXT_ELEMENTS.contains(name)) {
      position = skipPast(">", indexOfIgnoreCase("</" + name, position));
    } else if (name.equals("br")) {
      pendingSpace = false;
      out.append('\n');
    } else if (BLOCK_ELEMENTS.contains(name)) {
      lineBreak();
    } else if (CELL_ELEMENTS.contains(name) && !closing) {
      pendingSpace = true;
    }
  }

  /** The index after the tag's closing {@code >}, skipping quoted attribute values. */
  private int tagEnd(int from) {
    char quote = 0;
    for (int i = from; i < html.length(); i++) {
      char c = html.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i + 1;
      }
    }
    return html.length();
  }

  private static String tagName(String tag) {
    int end = 0;
    while (end < tag.length() && (Character.isLetterOrDigit(tag.charAt(end)) || tag.charAt(end) == '-')) {
      end++;
    }
    return tag.substring(0, end).toLowerCase(Locale.ROOT);
  }

  private int skipPast(String marker, int from) {
    if (from < 0) {
      return html.length();
    }
    int found = html.indexOf(marker, from);
    return found < 0 ? html.length() : found + marker.length();
  }

  private int indexOfIgnoreCase(String needle, int from) {
    for (int i = from; i + needle.length() <= html.length(); i++) {
      if (html.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }

  private void entity() {
    int semicolon = html.indexOf(';', position + 1);
    if (semicolon > position + 1 && semicolon - position - 1 <= MAX_ENTITY_LENGTH) {
      int decoded = decode(html.substring(position + 1, semicolon));
      if (decoded >= 0) {
        if (decoded == ' ') {
          // A non-breaking space is kept, not collapsed.
          flushSpace();
          out.append(' ');
        } else {
          flushSpace();
          out.appendCodePoint(decoded);
        }
        position = semicolon + 1;
        return;
      }
    }
    text('&');
    position++;
  }

  /** The code point an entity stands for, or -1 when it is not one this class decodes. */
  private static int decode(String entity) {
    if (entity.startsWith("#x") || entity.startsWith("#X")) {
      return codePoint(entity.substring(2), 16);
    }
    if (entity.startsWith("#")) {
      return codePoint(entity.substring(1), 10);
    }
    Character named = NAMED_ENTITIES.get(entity);
    return named == null ? -1 : named;
  }

  private static int codePoint(String digits, int radix) {
    if (digits.isEmpty()) {
      return -1;
    }
    int value;
    try {
      value = Integer.parseInt(digits, radix);
    } catch (NumberFormatException e) {
      return -1;
    }
    boolean surrogate = value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE;
    return value > 0 && value <= Character.MAX_CODE_POINT && !surrogate ? value : -1;
  }

  private void text(char c) {
    flushSpace();
    out.append(c);
  }

  private void flushSpace() {
    if (pendingSpace && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append(' ');
    }
    pendingSpace = false;
  }

  private void lineBreak() {
    pendingSpace = false;
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }

  /** Trims every line and drops leading and trailing blank lines. */
  private static String tidy(StringBuilder text) {
    String[] lines = text.toString().split("\n", -1);
    StringBuilder result = new StringBuilder(text.length());
    for (String line : lines) {
      if (result.length() > 0) {
        result.append('\n');
      }
      result.append(line.strip());
    }
    return result.toString().strip();
  }
}
