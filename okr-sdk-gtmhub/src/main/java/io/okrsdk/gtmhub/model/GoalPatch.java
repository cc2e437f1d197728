package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.OpenEnum;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A partial update of a goal ({@code PATCH goals/{goalId}}). Each field is in one of three states:
 * left out (the default: the service keeps its value), set to a value, or cleared (sent as JSON
 * {@code null}). Only fields that were set or cleared are sent.
 *
 * <pre>{@code
 * GoalPatch patch = GoalPatch.builder()
 *     .name("Grow revenue")            // "name": "Grow revenue"
 *     .clearParentId()                 // "parentId": null
 *     .customField("region", "EMEA")   // "customFields": {"region": "EMEA", "budget": null}
 *     .clearCustomField("budget")
 *     .build();
 * // body: {"name":"Grow revenue","parentId":null,"customFields":{"region":"EMEA","budget":null}}
 * }</pre>
 *
 * <p>The last call for a field wins: {@code clearDescription()} after {@code description("x")}
 * sends {@code null}, and the other way round. Setters refuse {@code null} so that a variable that
 * happens to be {@code null} never clears a field by accident: clearing is always a {@code
 * clear...()} call. Immutable and thread-safe.
 */
public final class GoalPatch {
  /** The goal fields a patch can set or clear, with their JSON names. */
  public enum Field {
    /** {@code name}. */
    NAME("name"),
    /** {@code description}. */
    DESCRIPTION("description"),
    /** {@code sessionId}. */
    SESSION_ID("sessionId"),
    /** {@code ownerIds}. */
    OWNER_IDS("ownerIds"),
    /** {@code parentId}. */
    PARENT_ID("parentId"),
    /** {@code dateFrom}. */
    DATE_FROM("dateFrom"),
    /** {@code dateTo}. */
    DATE_TO("dateTo"),
    /** {@code attainmentTypeString}. */
    ATTAINMENT_TYPE("attainmentTypeString"),
    /** {@code tags}. */
    TAGS("tags"),
    /** {@code customFields}, as a whole (see {@link Builder#clearCustomFields()}). */
    CUSTOM_FIELDS("customFields"),
    /** {@code assignee}. */
    ASSIGNEE("assignee");

    private final String jsonName;

    Field(String jsonName) {
      this.jsonName = jsonName;
    }

    /**
     * The field's name in the JSON body.
     *
     * @return the JSON name
     */
    public String jsonName() {
      return jsonName;
    }
  }

  /** Stands for "send JSON null" in {@link #fields}. */
  private static final Object CLEARED = new Object();

  private final Map<Field, Object> fields;
  private final Map<String, Object> customFields;

  private GoalPatch(Builder builder) {
    this.fields = Collections.unmodifiableMap(new EnumMap<>(builder.fields));
    this.customFields = Collections.unmodifiableMap(new LinkedHashMap<>(builder.customFields));
  }

  /**
   * A builder of an empty patch.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The new name.
   *
   * @return the name, empty when the patch leaves it out
   */
  public Optional<String> name() {
    return value(Field.NAME, String.class);
  }

  /**
   * The new description.
   *
   * @return the description, empty when left out or cleared
   */
  public Optional<String> description() {
    return value(Field.DESCRIPTION, String.class);
  }

  /**
   * The session the goal moves to.
   *
   * @return the session id, empty when left out or cleared
   */
  public Optional<String> sessionId() {
    return value(Field.SESSION_ID, String.class);
  }

  /**
   * The new owners.
   *
   * @return the owner ids, empty when left out or cleared
   */
  @SuppressWarnings("unchecked")
  public Optional<List<String>> ownerIds() {
    return value(Field.OWNER_IDS, List.class).map(list -> (List<String>) list);
  }

  /**
   * The new parent goal.
   *
   * @return the parent id, empty when left out or cleared
   */
  public Optional<String> parentId() {
    return value(Field.PARENT_ID, String.class);
  }

  /**
   * The new start.
   *
   * @return the start, empty when left out or cleared
   */
  public Optional<OffsetDateTime> dateFrom() {
    return value(Field.DATE_FROM, OffsetDateTime.class);
  }

  /**
   * The new end.
   *
   * @return the end, empty when left out or cleared
   */
  public Optional<OffsetDateTime> dateTo() {
    return value(Field.DATE_TO, OffsetDateTime.class);
  }

  /**
   * The new attainment type ({@code attainmentTypeString}).
   *
   * @return the attainment type, empty when left out or cleared
   */
  @SuppressWarnings("unchecked")
  public Optional<OpenEnum<AttainmentType>> attainmentType() {
    return value(Field.ATTAINMENT_TYPE, OpenEnum.class).map(type -> (OpenEnum<AttainmentType>) type);
  }

  /**
   * The new tags, replacing the old ones.
   *
   * @return the tags, empty when left out or cleared
   */
  @SuppressWarnings("unchecked")
  public Optional<List<Tag>> tags() {
    return value(Field.TAGS, List.class).map(list -> (List<Tag>) list);
  }

  /**
   * The custom field entries sent, by field name, in the order they were given; a {@code null}
   * value is an entry sent as JSON {@code null} (cleared).
   *
   * @return the entries, unmodifiable; empty when none are sent
   */
  public Map<String, Object> customFields() {
    return customFields;
  }

  /**
   * The new assignee.
   *
   * @return the assignee, empty when left out or cleared
   */
  public Optional<Assignee> assignee() {
    return value(Field.ASSIGNEE, Assignee.class);
  }

  /**
   * The fields this patch sends as JSON {@code null}.
   *
   * @return the cleared fields, in body order
   */
  public Set<Field> clearedFields() {
    Set<Field> cleared = EnumSet.noneOf(Field.class);
    fields.forEach((field, value) -> {
      if (value == CLEARED) {
        cleared.add(field);
      }
    });
    return Collections.unmodifiableSet(cleared);
  }

  /**
   * Whether no field is set or cleared (such a patch would change nothing, and {@code update}
   * refuses it).
   *
   * @return {@code true} when the patch is empty
   */
  public boolean isEmpty() {
    return fields.isEmpty() && customFields.isEmpty();
  }

  private <T> Optional<T> value(Field field, Class<T> type) {
    Object value = fields.get(field);
    return value == null || value == CLEARED ? Optional.empty() : Optional.of(type.cast(value));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GoalPatch
        && fields.equals(((GoalPatch) other).fields)
        && customFields.equals(((GoalPatch) other).customFields);
  }

  @Override
  public int hashCode() {
    return 31 * fields.hashCode() + customFields.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("GoalPatch{");
    String separator = "";
    for (Map.Entry<Field, Object> entry : fields.entrySet()) {
      text.append(separator).append(entry.getKey().jsonName()).append('=')
          .append(entry.getValue() == CLEARED ? "null" : entry.getValue());
      separator = ", ";
    }
    if (!customFields.isEmpty()) {
      text.append(separator).append("customFields=").append(customFields);
    }
    return text.append('}').toString();
  }

  /**
   * Builds a {@link GoalPatch}. Every field starts left out; a setter sets it, a {@code clear...()}
   * method sends it as JSON {@code null}; the last call for a field wins. Not thread-safe.
   */
  public static final class Builder {
    private final Map<Field, Object> fields = new EnumMap<>(Field.class);
    private final Map<String, Object> customFields = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets a new name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      return set(Field.NAME, name);
    }

    /**
     * Sends {@code "name": null} (the service requires a name, so expect it to refuse this).
     *
     * @return this builder
     */
    public Builder clearName() {
      return clear(Field.NAME);
    }

    /**
     * Sets a new description; may hold mention markup ({@code @[Name:email:id]}).
     *
     * @param description the description ({@code ""} for an empty one)
     * @return this builder
     */
    public Builder description(String description) {
      return set(Field.DESCRIPTION, description);
    }

    /**
     * Sends {@code "description": null}, removing the description.
     *
     * @return this builder
     */
    public Builder clearDescription() {
      return clear(Field.DESCRIPTION);
    }

    /**
     * Moves the goal to another session.
     *
     * @param sessionId the session's id
     * @return this builder
     */
    public Builder sessionId(String sessionId) {
      return set(Field.SESSION_ID, sessionId);
    }

    /**
     * Sends {@code "sessionId": null} (a goal needs a session, so expect the service to refuse it).
     *
     * @return this builder
     */
    public Builder clearSessionId() {
      return clear(Field.SESSION_ID);
    }

    /**
     * Sets new owners, replacing the old ones.
     *
     * @param ownerIds the owners' user or team ids
     * @return this builder
     */
    public Builder ownerIds(Collection<String> ownerIds) {
      return set(Field.OWNER_IDS, copyOf(ownerIds, "ownerIds"));
    }

    /**
     * Sends {@code "ownerIds": null}.
     *
     * @return this builder
     */
    public Builder clearOwnerIds() {
      return clear(Field.OWNER_IDS);
    }

    /**
     * Aligns the goal under another parent goal.
     *
     * @param parentId the parent goal's id
     * @return this builder
     */
    public Builder parentId(String parentId) {
      return set(Field.PARENT_ID, parentId);
    }

    /**
     * Sends {@code "parentId": null}, making the goal a top-level goal.
     *
     * @return this builder
     */
    public Builder clearParentId() {
      return clear(Field.PARENT_ID);
    }

    /**
     * Sets a new start.
     *
     * @param dateFrom the start
     * @return this builder
     */
    public Builder dateFrom(OffsetDateTime dateFrom) {
      return set(Field.DATE_FROM, dateFrom);
    }

    /**
     * Sends {@code "dateFrom": null}.
     *
     * @return this builder
     */
    public Builder clearDateFrom() {
      return clear(Field.DATE_FROM);
    }

    /**
     * Sets a new end.
     *
     * @param dateTo the end
     * @return this builder
     */
    public Builder dateTo(OffsetDateTime dateTo) {
      return set(Field.DATE_TO, dateTo);
    }

    /**
     * Sends {@code "dateTo": null}.
     *
     * @return this builder
     */
    public Builder clearDateTo() {
      return clear(Field.DATE_TO);
    }

    /**
     * Sets how attainment is computed ({@code attainmentTypeString}).
     *
     * @param attainmentType a known type, or one made with {@code OpenEnum.of(AttainmentType.class, "...")}
     * @return this builder
     */
    public Builder attainmentType(OpenEnum<AttainmentType> attainmentType) {
      return set(Field.ATTAINMENT_TYPE, attainmentType);
    }

    /**
     * Sends {@code "attainmentTypeString": null}.
     *
     * @return this builder
     */
    public Builder clearAttainmentType() {
      return clear(Field.ATTAINMENT_TYPE);
    }

    /**
     * Sets new tags, replacing the old ones.
     *
     * @param tags the tags ({@code List.of()} for none)
     * @return this builder
     */
    public Builder tags(Collection<Tag> tags) {
      return set(Field.TAGS, copyOf(tags, "tags"));
    }

    /**
     * Sends {@code "tags": null}.
     *
     * @return this builder
     */
    public Builder clearTags() {
      return clear(Field.TAGS);
    }

    /**
     * Sets one custom field's value, next to any other entries sent.
     *
     * @param name the custom field's name
     * @param value its value: a string, number, boolean, list or map
     * @return this builder
     */
    public Builder customField(String name, Object value) {
      Objects.requireNonNull(value, () -> "value of custom field " + name + " is null: use clearCustomField(\"" + name + "\")");
      return entry(name, value);
    }

    /**
     * Sets several custom fields' values at once, as {@link #customField(String, Object)} does for
     * each entry.
     *
     * @param values the values by field name; no {@code null} values (use {@link
     *     #clearCustomField(String)})
     * @return this builder
     */
    public Builder customFields(Map<String, ?> values) {
      Objects.requireNonNull(values, "customFields");
      values.forEach(this::customField);
      return this;
    }

    /**
     * Sends one custom field as JSON {@code null} ({@code "customFields": {"name": null}}), clearing
     * its value and leaving the other custom fields alone.
     *
     * @param name the custom field's name
     * @return this builder
     */
    public Builder clearCustomField(String name) {
      return entry(name, null);
    }

    /**
     * Sends {@code "customFields": null}, clearing every custom field; drops any entries given
     * before.
     *
     * @return this builder
     */
    public Builder clearCustomFields() {
      customFields.clear();
      return clear(Field.CUSTOM_FIELDS);
    }

    /**
     * Assigns the goal to a user or team.
     *
     * @param assignee the assignee
     * @return this builder
     */
    public Builder assignee(Assignee assignee) {
      return set(Field.ASSIGNEE, assignee);
    }

    /**
     * Sends {@code "assignee": null}.
     *
     * @return this builder
     */
    public Builder clearAssignee() {
      return clear(Field.ASSIGNEE);
    }

    /**
     * The patch.
     *
     * @return the patch (possibly empty: {@code update} refuses an empty patch)
     */
    public GoalPatch build() {
      return new GoalPatch(this);
    }

    private Builder set(Field field, Object value) {
      Objects.requireNonNull(value, () -> field.jsonName() + " is null: to send null, call clear" + capitalized(field) + "()");
      fields.put(field, value);
      return this;
    }

    private Builder clear(Field field) {
      fields.put(field, CLEARED);
      return this;
    }

    private Builder entry(String name, Object value) {
      if (name == null || name.isEmpty()) {
        throw new IllegalArgumentException("a custom field name is required but was " + (name == null ? "null" : "empty"));
      }
      if (fields.get(Field.CUSTOM_FIELDS) == CLEARED) {
        fields.remove(Field.CUSTOM_FIELDS);
      }
      customFields.put(name, value);
      return this;
    }

    private static <T> List<T> copyOf(Collection<T> items, String name) {
      Objects.requireNonNull(items, () -> name + " is null: to send null, call clear" + Character.toUpperCase(name.charAt(0)) + name.substring(1) + "()");
      List<T> copy = new ArrayList<>(items.size());
      for (T item : items) {
        copy.add(Objects.requireNonNull(item, name + " entry"));
      }
      return Collections.unmodifiableList(copy);
    }

    private static String capitalized(Field field) {
      String[] words = field.name().toLowerCase(Locale.ROOT).split("_");
      StringBuilder name = new StringBuilder();
      for (String word : words) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
      return name.toString();
    }
  }
}
