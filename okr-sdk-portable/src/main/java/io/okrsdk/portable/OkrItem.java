package io.okrsdk.portable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What objectives and key results have in common. */
public interface OkrItem {
  /**
   * Where the item came from.
   *
   * @return the source reference
   */
  SourceRef source();

  /**
   * The item's id as the source hands it out (the same as {@code source().id()}).
   *
   * @return the id
   */
  default String id() {
    return source().id();
  }

  /**
   * The title.
   *
   * @return the title; empty text when the platform sent none
   */
  String title();

  /**
   * The description, as plain text where the platform sends markup.
   *
   * @return the description
   */
  Optional<String> description();

  /**
   * Who is responsible.
   *
   * @return the owners, main owner first
   */
  List<Owner> owners();

  /**
   * The period the item belongs to.
   *
   * @return the period, on platforms that have periods
   */
  Optional<Period> period();

  /**
   * When work starts.
   *
   * @return the start date
   */
  Optional<LocalDate> startDate();

  /**
   * When the item is due.
   *
   * @return the due date
   */
  Optional<LocalDate> dueDate();

  /**
   * When progress was last recorded.
   *
   * @return the date of the latest update
   */
  Optional<LocalDate> updated();

  /**
   * Progress as a fraction from 0 to 1 (values beyond the target are capped at 1).
   *
   * @return the progress, when the platform tells or lets us derive it
   */
  Optional<Double> progress();

  /**
   * The value progress is measured from.
   *
   * @return the start value, when the platform has one
   */
  Optional<BigDecimal> startValue();

  /**
   * The latest value.
   *
   * @return the current value, when the platform has one
   */
  Optional<BigDecimal> currentValue();

  /**
   * The value that means done.
   *
   * @return the target value, when the platform has one
   */
  Optional<BigDecimal> targetValue();

  /**
   * The unit of the values, as the platform spells it (such as {@code perc}, {@code EUR}, {@code %}).
   *
   * @return the unit
   */
  Optional<String> unit();

  /**
   * The status in the portable vocabulary.
   *
   * @return the status
   */
  Status status();

  /**
   * The platform's own status, exactly as sent (a RAG colour, traffic light, OKR for Jira status or
   * Gtmhub closed status).
   *
   * @return the raw status, when the platform sent one
   */
  Optional<String> rawStatus();
}
