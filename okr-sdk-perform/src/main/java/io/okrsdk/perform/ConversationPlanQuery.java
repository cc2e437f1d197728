package io.okrsdk.perform;

import java.util.Objects;
import java.util.Optional;

/**
 * The filters of {@code GET api/v2/conversation_plans/}; every filter is optional and unset filters are not sent. Paging
 * ({@code limit}, {@code offset}) is handled by {@link ConversationPlanService#list(ConversationPlanQuery, int)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ConversationPlanQuery {
  private static final ConversationPlanQuery ALL = new Builder().build();

  private final String name;
  private final String templateName;

  private ConversationPlanQuery(Builder builder) {
    this.name = builder.name;
    this.templateName = builder.templateName;
  }

  /**
   * A query without filters.
   *
   * @return the query
   */
  public static ConversationPlanQuery all() {
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
   * {@code name}: the conversation plan's name.
   *
   * @return the filter, empty when not sent
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * {@code template_name}: the name of the template the plans use.
   *
   * @return the filter, empty when not sent
   */
  public Optional<String> templateName() {
    return Optional.ofNullable(templateName);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ConversationPlanQuery)) {
      return false;
    }
    ConversationPlanQuery that = (ConversationPlanQuery) other;
    return Objects.equals(name, that.name) && Objects.equals(templateName, that.templateName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, templateName);
  }

  @Override
  public String toString() {
    return "ConversationPlanQuery{name=" + name + ", templateName=" + templateName + "}";
  }

  /** Builds a {@link ConversationPlanQuery}. Not thread-safe. */
  public static final class Builder {
    private String name;
    private String templateName;

    private Builder() {}

    /**
     * Sets {@code name}: the conversation plan's name.
     *
     * @param name the value, or {@code null} to leave the filter out
     * @return this builder
     * @throws IllegalArgumentException when the value is blank
     */
    public Builder name(String name) {
      this.name = checked(name, "name");
      return this;
    }

    /**
     * Sets {@code template_name}: the name of the template the plans use.
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
     * The query.
     *
     * @return the query
     */
    public ConversationPlanQuery build() {
      return new ConversationPlanQuery(this);
    }

    private static String checked(String value, String name) {
      if (value != null && value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank; pass null to leave it out");
      }
      return value;
    }
  }
}
