package io.okrsdk.perform;

import java.util.Objects;
import java.util.Optional;

/**
 * The filters of {@code GET api/v2/recognition/}; every filter is optional and unset filters are not sent.
 * Paging ({@code limit}, {@code offset}) is handled by {@link RecognitionService#list(RecognitionQuery, int)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class RecognitionQuery {
  private static final RecognitionQuery ALL = new Builder().build();

  private final String authorEmail;
  private final String authorName;
  private final String mentionedEmail;
  private final String mentionedName;

  private RecognitionQuery(Builder builder) {
    this.authorEmail = builder.authorEmail;
    this.authorName = builder.authorName;
    this.mentionedEmail = builder.mentionedEmail;
    this.mentionedName = builder.mentionedName;
  }

  /**
   * A query without filters.
   *
   * @return the query
   */
  public static RecognitionQuery all() {
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
   * {@code author_email}: the recognition author's email address.
   *
   * @return the filter, empty when not sent
   */
  public Optional<String> authorEmail() {
    return Optional.ofNullable(authorEmail);
  }

  /**
   * {@code author_name}: the recognition author's full name.
   *
   * @return the filter, empty when not sent
   */
  public Optional<String> authorName() {
    return Optional.ofNullable(authorName);
  }

  /**
   * {@code mentioned_email}: the email address of the employee mentioned.
   *
   * @return the filter, empty when not sent
   */
  public Optional<String> mentionedEmail() {
    return Optional.ofNullable(mentionedEmail);
  }

  /**
   * {@code mentioned_name}: the full name of the employee mentioned.
   *
   * @return the filter, empty when not sent
   */
  public Optional<String> mentionedName() {
    return Optional.ofNullable(mentionedName);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof RecognitionQuery)) {
      return false;
    }
    RecognitionQuery that = (RecognitionQuery) other;
    return Objects.equals(authorEmail, that.authorEmail)
        && Objects.equals(authorName, that.authorName)
        && Objects.equals(mentionedEmail, that.mentionedEmail)
        && Objects.equals(mentionedName, that.mentionedName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(authorEmail, authorName, mentionedEmail, mentionedName);
  }

  @Override
  public String toString() {
    return "RecognitionQuery{authorEmail=" + authorEmail + ", authorName=" + authorName + ", mentionedEmail=" + mentionedEmail + ", mentionedName=" + mentionedName + "}";
  }

  /** Builds a {@link RecognitionQuery}. Not thread-safe. */
  public static final class Builder {
    private String authorEmail;
    private String authorName;
    private String mentionedEmail;
    private String mentionedName;

    private Builder() {}

    /**
     * Sets {@code author_email}: the recognition author's email address.
     *
     * @param authorEmail the value, or {@code null} to leave the filter out
     * @return this builder
     * @throws IllegalArgumentException when the value is blank
     */
    public Builder authorEmail(String authorEmail) {
      this.authorEmail = checked(authorEmail, "authorEmail");
      return this;
    }

    /**
     * Sets {@code author_name}: the recognition author's full name.
     *
     * @param authorName the value, or {@code null} to leave the filter out
     * @return this builder
     * @throws IllegalArgumentException when the value is blank
     */
    public Builder authorName(String authorName) {
      this.authorName = checked(authorName, "authorName");
      return this;
    }

    /**
     * Sets {@code mentioned_email}: the email address of the employee mentioned.
     *
     * @param mentionedEmail the value, or {@code null} to leave the filter out
     * @return this builder
     * @throws IllegalArgumentException when the value is blank
     */
    public Builder mentionedEmail(String mentionedEmail) {
      this.mentionedEmail = checked(mentionedEmail, "mentionedEmail");
      return this;
    }

    /**
     * Sets {@code mentioned_name}: the full name of the employee mentioned.
     *
     * @param mentionedName the value, or {@code null} to leave the filter out
     * @return this builder
     * @throws IllegalArgumentException when the value is blank
     */
    public Builder mentionedName(String mentionedName) {
      this.mentionedName = checked(mentionedName, "mentionedName");
      return this;
    }

    /**
     * The query.
     *
     * @return the query
     */
    public RecognitionQuery build() {
      return new RecognitionQuery(this);
    }

    private static String checked(String value, String name) {
      if (value != null && value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank; pass null to leave it out");
      }
      return value;
    }
  }
}
