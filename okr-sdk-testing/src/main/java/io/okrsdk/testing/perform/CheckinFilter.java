package io.okrsdk.testing.perform;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The seven documented filters of {@code GET api/v2/checkins/}. {@code date_from} and {@code
 * date_to} bound the submission date (inclusive, as a date in the submission time's own offset; a
 * check-in not submitted matches no date filter). The text filters match the check-in's employee,
 * ignoring case. An empty or absent parameter does not filter.
 */
final class CheckinFilter {
  private static final String INVALID_DATE = "Enter a valid date.";

  private final LocalDate dateFrom;
  private final LocalDate dateTo;
  private final String department;
  private final String managerEmail;
  private final String managerName;
  private final String personEmail;
  private final String personName;
  private final Map<String, List<String>> errors;

  private CheckinFilter(HttpUrl request) {
    this.errors = new LinkedHashMap<>();
    this.dateFrom = date(request, "date_from");
    this.dateTo = date(request, "date_to");
    this.department = text(request, "department");
    this.managerEmail = text(request, "manager_email");
    this.managerName = text(request, "manager_name");
    this.personEmail = text(request, "person_email");
    this.personName = text(request, "person_name");
  }

  /** The filters a request names. */
  static CheckinFilter of(HttpUrl request) {
    return new CheckinFilter(request);
  }

  /** The parameters that could not be read, each with its messages; empty when all are valid. */
  Map<String, List<String>> errors() {
    return errors;
  }

  boolean matches(StoredCheckin checkin) {
    PerformEmployee employee = checkin.employee;
    return inDates(checkin.detail.submissionDate())
        && same(department, employee.department())
        && same(managerEmail, employee.managerEmail())
        && same(managerName, employee.managerName())
        && same(personEmail, employee.email())
        && same(personName, employee.name());
  }

  private boolean inDates(Optional<OffsetDateTime> submitted) {
    if (dateFrom == null && dateTo == null) {
      return true;
    }
    if (submitted.isEmpty()) {
      return false;
    }
    LocalDate day = submitted.get().toLocalDate();
    return (dateFrom == null || !day.isBefore(dateFrom)) && (dateTo == null || !day.isAfter(dateTo));
  }

  private static boolean same(String wanted, String actual) {
    return wanted == null || wanted.toLowerCase(Locale.ROOT).equals(actual.toLowerCase(Locale.ROOT));
  }

  private LocalDate date(HttpUrl request, String name) {
    String text = text(request, name);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException invalid) {
      errors.put(name, List.of(INVALID_DATE));
      return null;
    }
  }

  private static String text(HttpUrl request, String name) {
    String value = request.queryParameter(name);
    return value == null || value.isBlank() ? null : value.trim();
  }
}
