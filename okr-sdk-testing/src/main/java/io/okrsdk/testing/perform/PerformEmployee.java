package io.okrsdk.testing.perform;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * The employee a check-in belongs to, with the manager and department the check-in filters of
 * {@code GET api/v2/checkins/} match on ({@code department}, {@code manager_email}, {@code
 * manager_name}, {@code person_email}, {@code person_name}).
 *
 * <p>Immutable. Equal when all fields are equal.
 */
public final class PerformEmployee {
  private final String apiId;
  private final String name;
  private final String email;
  private final String department;
  private final String managerName;
  private final String managerEmail;

  private PerformEmployee(
      String apiId, String name, String email, String department, String managerName, String managerEmail) {
    this.apiId = requireText(apiId, "apiId");
    this.name = requireText(name, "name");
    this.email = requireText(email, "email");
    this.department = requireText(department, "department");
    this.managerName = requireText(managerName, "managerName");
    this.managerEmail = requireText(managerEmail, "managerEmail");
  }

  /**
   * An employee whose id is derived from the email address ({@code 580:} and a name-based UUID), so
   * the same email always gives the same id.
   *
   * @param name the full name, such as {@code Michael Test}
   * @param email the email address
   * @param department the department
   * @param managerName the manager's full name
   * @param managerEmail the manager's email address
   * @return the employee
   * @throws IllegalArgumentException when a value is null or blank
   */
  public static PerformEmployee of(
      String name, String email, String department, String managerName, String managerEmail) {
    String key = requireText(email, "email").toLowerCase(Locale.ROOT);
    String apiId = "580:" + UUID.nameUUIDFromBytes(("person:" + key).getBytes(StandardCharsets.UTF_8));
    return new PerformEmployee(apiId, name, email, department, managerName, managerEmail);
  }

  /**
   * A copy with another id, such as the {@code person_api_id} of a documented example.
   *
   * @param apiId the id
   * @return the copy
   * @throws IllegalArgumentException when the id is null or blank
   */
  public PerformEmployee withApiId(String apiId) {
    return new PerformEmployee(apiId, name, email, department, managerName, managerEmail);
  }

  /**
   * The employee's id ({@code person_api_id} in check-in responses).
   *
   * @return the id
   */
  public String apiId() {
    return apiId;
  }

  /**
   * The full name ({@code person_name}).
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The email address ({@code person_email}).
   *
   * @return the email address
   */
  public String email() {
    return email;
  }

  /**
   * The department ({@code department}, {@code person_department}).
   *
   * @return the department
   */
  public String department() {
    return department;
  }

  /**
   * The manager's full name ({@code manager_name}).
   *
   * @return the name
   */
  public String managerName() {
    return managerName;
  }

  /**
   * The manager's email address ({@code manager_email}).
   *
   * @return the email address
   */
  public String managerEmail() {
    return managerEmail;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof PerformEmployee)) {
      return false;
    }
    PerformEmployee that = (PerformEmployee) other;
    return apiId.equals(that.apiId)
        && name.equals(that.name)
        && email.equals(that.email)
        && department.equals(that.department)
        && managerName.equals(that.managerName)
        && managerEmail.equals(that.managerEmail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiId, name, email, department, managerName, managerEmail);
  }

  @Override
  public String toString() {
    return "PerformEmployee{" + name + " <" + email + ">, " + department + ", manager " + managerName + "}";
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be null or blank");
    }
    return value;
  }
}
