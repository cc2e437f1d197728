package io.okrsdk.perform.query;

import io.okrsdk.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The filters of {@code GET api/v2/checkins/}; every filter is optional and unset filters are not
 * sent. Paging ({@code limit}, {@code offset}) is done by the listing itself.
 *
 * <pre>{@code
 * CheckinQuery query = CheckinQuery.builder()
 *     .dateFrom(LocalDate.of(2025, 1, 25))
 *     .department("Research and Development")
 *     .managerName("Joanne Stefani")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@code build()} refuses a blank filter and a {@code dateFrom}
 * after {@code dateTo} with {@link IllegalArgumentException}.
 */
@Value.Immutable
public interface CheckinQuery {
  /**
   * {@code date_from}: the submission date from which check-ins are returned.
   *
   * @return the date, when set
   */
  Optional<LocalDate> dateFrom();

  /**
   * {@code date_to}: the submission date up to which check-ins are returned.
   *
   * @return the date, when set
   */
  Optional<LocalDate> dateTo();

  /**
   * {@code department}: the department the employee belongs to.
   *
   * @return the department, when set
   */
  Optional<String> department();

  /**
   * {@code manager_email}: the email address of the employee's manager.
   *
   * @return the email address, when set
   */
  Optional<String> managerEmail();

  /**
   * {@code manager_name}: the full name of the employee's manager.
   *
   * @return the name, when set
   */
  Optional<String> managerName();

  /**
   * {@code person_email}: the employee's email address.
   *
   * @return the email address, when set
   */
  Optional<String> personEmail();

  /**
   * {@code person_name}: the employee's full name.
   *
   * @return the name, when set
   */
  Optional<String> personName();

  /**
   * Refuses a blank filter and a date window that ends before it starts.
   *
   * @throws IllegalArgumentException when a filter cannot be sent
   */
  @Value.Check
  default void check() {
    department().ifPresent(value -> Checks.requireText(value, "department"));
    managerEmail().ifPresent(value -> Checks.requireText(value, "managerEmail"));
    managerName().ifPresent(value -> Checks.requireText(value, "managerName"));
    personEmail().ifPresent(value -> Checks.requireText(value, "personEmail"));
    personName().ifPresent(value -> Checks.requireText(value, "personName"));
    Checks.window(dateFrom().orElse(null), "dateFrom", dateTo().orElse(null), "dateTo");
  }

  /**
   * A query without filters: every check-in the API user may see.
   *
   * @return the query
   */
  static CheckinQuery all() {
    return builder().build();
  }

  /**
   * A builder with no filter set.
   *
   * @return a new builder
   */
  static ImmutableCheckinQuery.Builder builder() {
    return ImmutableCheckinQuery.builder();
  }
}
