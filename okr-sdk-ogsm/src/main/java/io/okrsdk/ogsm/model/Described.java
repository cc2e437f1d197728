package io.okrsdk.ogsm.model;

import java.util.Optional;

/** Something with an HTML {@code description}, also readable as plain text. */
public interface Described {
  /**
   * The description as the server stores it: HTML from OGSM's editor, such as {@code
   * <p>Description</p>}.
   *
   * @return the HTML, empty when there is none
   */
  Optional<String> description();

  /**
   * The description as plain text: tags removed, common entities decoded, paragraphs and line
   * breaks kept as line breaks (see {@link HtmlText#toPlainText(String)}).
   *
   * @return the text, empty when there is no description
   */
  default Optional<String> descriptionText() {
    return description().map(HtmlText::toPlainText);
  }
}
