package io.okrsdk.perform;

import java.util.Objects;
import java.util.Optional;

/**
 * The filters of {@code GET api/v2/conversation_templates/}; every filter is optional and unset filters are not sent. Paging
 * ({@code limit}, {@code offset}) is handled by {@link ConversationTemplateService#list(ConversationTemplateQuery, int)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ConversationTemplateQuery {
  private static final ConversationTemplateQuery ALL = new Builder().build();

  private final String name;
  private final String nameContains;

  private ConversationTemplateQuery(Builder builder) {
    this.name = builder.name;
    this.nameContains = builder.nameContains;
  }

  /**
   * A query without filters.
   *
   * @return the query
   */
  public static ConversationTemplateQuery all() {
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
   * {@code name}: the conversation template's exact name.
   *
   * @return the filter, empty when not sent
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * {@code name_icontains}: a part of the template's name, matched case-insensitively.
   *
   * @return the filter, empty when not sent
   */
  public Optional<String> nameContains() {
    return Optional.ofNullable(nameContains);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ConversationTemplateQuery)) {
      return false;
    }
    ConversationTemplateQuery that = (ConversationTemplateQuery) other;
    return Objects.equals(name, that.name) && Objects.equals(nameContains, that.nameContains);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, nameContains);
  }

  @Override
  public String toString() {
    return "ConversationTemplateQuery{name=" + name + ", nameContains=" + nameContains + "}";
  }

  /** Builds a {@link ConversationTemplateQuery}. Not thread-safe. */
  public static final class Builder {
    private String name;
    private String nameContains;

    private Builder() {}

    /**
     * Sets {@code name}: the conversation template's exact name.
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
     * Sets {@code name_icontains}: a part of the template's name, matched case-insensitively.
     *
     * @param nameContains the value, or {@code null} to leave the filter out
     * @return this builder
     * @throws IllegalArgumentException when the value is blank
     */
    public Builder nameContains(String nameContains) {
      this.nameContains = checked(nameContains, "nameContains");
      return this;
    }

    /**
     * The query.
     *
     * @return the query
     */
    public ConversationTemplateQuery build() {
      return new ConversationTemplateQuery(this);
    }

    private static String checked(String value, String name) {
      if (value != null && value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank; pass null to leave it out");
      }
      return value;
    }
  }
}
