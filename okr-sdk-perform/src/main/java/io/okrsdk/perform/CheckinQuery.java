package io.okrsdk.perform;

import io.okrsdk.core.internal.PathSegments;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The filters of {@code GET api/v2/checkins/}; every filter is optional and unset filters are not
 * sent. Paging ({@code limit}, {@code offset}) is handled by {@link CheckinService#list(CheckinQuery,
 * int)}.
 *
 * <pre>{@code
 * CheckinQuery query = CheckinQuery.builder()
 *     .dateFrom(LocalDate.of(2025, 1, 25))
 *     .department("Research and Development")
 *     .managerName("Joanne Stefani")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CheckinQuery {
  private static final CheckinQuery ALL = new Builder().build();

  private final LocalDate dateFrom;
  private final LocalDate dateTo;
  private final String department;
  private final String managerEmail;
  private final String managerName;
  private final String personEmail;
  private final String personName;

  private CheckinQuery(Builder builder) {
    this.dateFrom = builder.dateFrom;
    this.dateTo = builder.dateTo;
    this.department = builder.department;
    this.managerEmail = builder.managerEmail;
    this.managerName = builder.managerName;
    this.personEmail = builder.personEmail;
    this.personName = builder.personName;
  }

  /**
   * A query without filters: every check-in the API user may see.
   *
   * @return the query
   */
  public static CheckinQuery all() {
    return ALL;
  }

  /**
   * A builder with no filter set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this query's filters, to derive a changed query.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.dateFrom = dateFrom;
    builder.dateTo = dateTo;
    builder.department = department;
    builder.managerEmail = managerEmail;
    builder.managerName = managerName;
    builder.personEmail = personEmail;
    builder.personName = personName;
    return builder;
  }

  /**
   * {@code date_from}: the submission date from which check-ins are returned.
   *
   * @return the date, when set
   */
  public Optional<LocalDate> dateFrom() {
    return Optional.ofNullable(dateFrom);
  }

  /**
   * {@code date_to}: the submission date up to which check-ins are returned.
   *
   * @return the date, when set
   */
  public Optional<LocalDate> dateTo() {
    return Optional.ofNullable(dateTo);
  }

  /**
   * {@code department}: the department the employee belongs to.
   *
   * @return the department, when set
   */
  public Optional<String> department() {
    return Optional.ofNullable(department);
  }

  /**
   * {@code manager_email}: the email address of the employee's manager.
   *
   * @return the email address, when set
   */
  public Optional<String> managerEmail() {
    return Optional.ofNullable(managerEmail);
  }

  /**
   * {@code manager_name}: the full name of the employee's manager.
   *
   * @return the name, when set
   */
  public Optional<String> managerName() {
    return Optional.ofNullable(managerName);
  }

  /**
   * {@code person_email}: the employee's email address.
   *
   * @return the email address, when set
   */
  public Optional<String> personEmail() {
    return Optional.ofNullable(personEmail);
  }

  /**
   * {@code person_name}: the employee's full name.
   *
   * @return the name, when set
   */
  public Optional<String> personName() {
    return Optional.ofNullable(personName);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CheckinQuery)) {
      return false;
    }
    CheckinQuery that = (CheckinQuery) other;
    return Objects.equals(dateFrom, that.dateFrom)
        && Objects.equals(dateTo, that.dateTo)
        && Objects.equals(department, that.department)
        && Objects.equals(managerEmail, that.managerEmail)
        && Objects.equals(managerName, that.managerName)
        && Objects.equals(personEmail, that.personEmail)
        && Objects.equals(personName, that.personName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dateFrom, dateTo, department, managerEmail, managerName, personEmail, personName);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("CheckinQuery{");
    append(text, "dateFrom", dateFrom);
    append(text, "dateTo", dateTo);
    append(text, "department", department);
    append(text, "managerEmail", managerEmail);
    append(text, "managerName", managerName);
    append(text, "personEmail", personEmail);
    append(text, "personName", personName);
    return text.append('}').toString();
  }

  private static void append(StringBuilder text, String name, Object value) {
    if (value != null) {
      if (text.charAt(text.length() - 1) != '{') {
        text.append(", ");
      }
      text.append(name).append('=').append(value);
    }
  }

  /** Builds a {@link CheckinQuery}. Not thread-safe. */
  public static final class Builder {
    private LocalDate dateFrom;
    private LocalDate dateTo;
    private String department;
    private String managerEmail;
    private String managerName;
    private String personEmail;
    private String personName;

    private Builder() {}

    /**
     * Only check-ins submitted on or after this date ({@code date_from}).
     *
     * @param date the date, or {@code null} to clear the filter
     * @return this builder
     */
    public Builder dateFrom(LocalDate date) {
      this.dateFrom = date;
      return this;
    }

    /**
     * Only check-ins submitted up to this date ({@code date_to}).
     *
     * @param date the date, or {@code null} to clear the filter
     * @return this builder
     */
    public Builder dateTo(LocalDate date) {
      this.dateTo = date;
      return this;
    }

    /**
     * Only check-ins of employees of this department ({@code department}).
     *
     * @param department the department, or {@code null} to clear the filter; not blank
     * @return this builder
     * @throws IllegalArgumentException when blank
     */
    public Builder department(String department) {
      this.department = optionalText(department, "department");
      return this;
    }

    /**
     * Only check-ins of employees whose manager has this email address ({@code manager_email}).
     *
     * @param email the email address, or {@code null} to clear the filter; not blank
     * @return this builder
     * @throws IllegalArgumentException when blank
     */
    public Builder managerEmail(String email) {
      this.managerEmail = optionalText(email, "managerEmail");
      return this;
    }

    /**
     * Only check-ins of employees whose manager has this full name ({@code manager_name}).
     *
     * @param name the full name, or {@code null} to clear the filter; not blank
     * @return this builder
     * @throws IllegalArgumentException when blank
     */
    public Builder managerName(String name) {
      this.managerName = optionalText(name, "managerName");
      return this;
    }

    /**
     * Only check-ins of the employee with this email address ({@code person_email}).
     *
     * @param email the email address, or {@code null} to clear the filter; not blank
     * @return this builder
     * @throws IllegalArgumentException when blank
     */
    public Builder personEmail(String email) {
      this.personEmail = optionalText(email, "personEmail");
      return this;
    }

    /**
     * Only check-ins of the employee with this full name ({@code person_name}).
     *
     * @param name the full name, or {@code null} to clear the filter; not blank
     * @return this builder
     * @throws IllegalArgumentException when blank
     */
    public Builder personName(String name) {
      this.personName = optionalText(name, "personName");
      return this;
    }

    /**
     * The query.
     *
     * @return the query
     * @throws IllegalArgumentException when {@code dateFrom} is after {@code dateTo}
     */
    public CheckinQuery build() {
      if (dateFrom != null && dateTo != null && dateFrom.isAfter(dateTo)) {
        throw new IllegalArgumentException("dateFrom " + dateFrom + " is after dateTo " + dateTo);
      }
      return new CheckinQuery(this);
    }

    private static String optionalText(String value, String name) {
      return value == null ? null : PathSegments.requireText(value, name);
    }
  }
}
