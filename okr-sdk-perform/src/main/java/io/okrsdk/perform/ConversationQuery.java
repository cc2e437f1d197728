package io.okrsdk.perform;

import java.util.Objects;
import java.util.Optional;

/**
 * The filters of {@code GET api/v2/conversations/}; every filter is optional and unset filters are not sent.
 * Paging ({@code limit}, {@code offset}) is handled by {@link ConversationService#list(ConversationQuery, int)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ConversationQuery {
  private static final ConversationQuery ALL = new Builder().build();

  private final String personName;
  private final String planName;
  private final String templateName;
  private final String status;

  private ConversationQuery(Builder builder) {
    this.personName = builder.personName;
    this.planName = builder.planName;
    this.templateName = builder.templateName;
    this.status = builder.status;
  }

  /**
   * A query without filters.
   *
   * @return the query
   */
  public static ConversationQuery all() {
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
   * {@code person_name}: the employee's full name.
   *
   * @return the filter, empty when not sent
   */
  public Optional<String> personName() {
    return Optional.ofNullable(personName);
  }

  /**
   * {@code plan_name}: the conversation plan's name.
   *
   * @return the filter, empty when not sent
   */
  public Optional<String> planName() {
    return Optional.ofNullable(planName);
  }

  /**
   * {@code template_name}: the conversation template's name.
   *
   * @return the filter, empty when not sent
   */
  public Optional<String> templateName() {
    return Optional.ofNullable(templateName);
  }

  /**
   * {@code status}: the conversation status; the docs name {@code draft}, {@code final}, {@code deleted} and {@code archived}.
   *
   * @return the filter, empty when not sent
   */
  public Optional<String> status() {
    return Optional.ofNullable(status);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ConversationQuery)) {
      return false;
    }
    ConversationQuery that = (ConversationQuery) other;
    return Objects.equals(personName, that.personName)
        && Objects.equals(planName, that.planName)
        && Objects.equals(templateName, that.templateName)
        && Objects.equals(status, that.status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(personName, planName, templateName, status);
  }

  @Override
  public String toString() {
    return "ConversationQuery{personName=" + personName + ", planName=" + planName + ", templateName=" + templateName + ", status=" + status + "}";
  }

  /** Builds a {@link ConversationQuery}. Not thread-safe. */
  public static final class Builder {
    private String personName;
    private String planName;
    private String templateName;
    private String status;

    private Builder() {}

    /**
     * Sets {@code person_name}: the employee's full name.
     *
     * @param personName the value, or {@code null} to leave the filter out
     * @return this builder
     * @throws IllegalArgumentException when the value is blank
     */
    public Builder personName(String personName) {
      this.personName = checked(personName, "personName");
      return this;
    }

    /**
     * Sets {@code plan_name}: the conversation plan's name.
     *
     * @param planName the value, or {@code null} to leave the filter out
     * @return this builder
     * @throws IllegalArgumentException when the value is blank
     */
    public Builder planName(String planName) {
      this.planName = checked(planName, "planName");
      return this;
    }

    /**
     * Sets {@code template_name}: the conversation template's name.
     *
     * @param templateName the value, or {@code null} to leave the filter out
     * @return this builder
     * @throws IllegalArgumentException when the value is blank
     */
    public Builder templateName(String templateName) {
      this.templateName = checked(templateName, "templateName");
      return this;
    }

    /**
     * Sets {@code status}: the conversation status; the docs name {@code draft}, {@code final}, {@code deleted} and {@code archived}.
     *
     * @param status the value, or {@code null} to leave the filter out
     * @return this builder
     * @throws IllegalArgumentException when the value is blank
     */
    public Builder status(String status) {
      this.status = checked(status, "status");
      return this;
    }

    /**
     * The query.
     *
     * @return the query
     */
    public ConversationQuery build() {
      return new ConversationQuery(this);
    }

    private static String checked(String value, String name) {
      if (value != null && value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank; pass null to leave it out");
      }
      return value;
    }
  }
}
