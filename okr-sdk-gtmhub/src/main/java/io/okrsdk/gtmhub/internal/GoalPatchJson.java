package io.okrsdk.gtmhub.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.gtmhub.model.AttainmentType;
import io.okrsdk.gtmhub.model.Assignee;
import io.okrsdk.gtmhub.model.GoalPatch;
import io.okrsdk.gtmhub.model.Tag;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a {@link GoalPatch} with its three states per field: left out, a value, or JSON {@code
 * null} for a cleared field or custom field entry. (The SDK's model writer leaves every {@code
 * null} out, which is right for every other body and wrong for a patch that clears.)
 */
public final class GoalPatchJson extends JsonAdapter<GoalPatch> {
  /**
   * Makes the adapter for {@link GoalPatch}. Every Gtmhub client registers one; a class of its own
   * (neither a lambda nor a field of this class) so that registering it loads neither this adapter
   * nor a class spun at run time until a patch is written.
   */
  public static final class Factory implements JsonAdapter.Factory {
    /** Creates the factory. */
    public Factory() {}

    @Override
    public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
      return type == GoalPatch.class && annotations.isEmpty() ? adapter(moshi) : null;
    }
  }

  // Typed as JsonAdapter, so that verifying Factory.create does not load this class.
  private static JsonAdapter<GoalPatch> adapter(Moshi moshi) {
    return new GoalPatchJson(moshi);
  }

  private final JsonAdapter<String> text;
  private final JsonAdapter<List<String>> ids;
  private final JsonAdapter<OffsetDateTime> dateTime;
  private final JsonAdapter<OpenEnum<AttainmentType>> attainmentType;
  private final JsonAdapter<List<Tag>> tags;
  private final JsonAdapter<Assignee> assignee;
  private final JsonAdapter<Object> anyValue;

  private GoalPatchJson(Moshi moshi) {
    this.text = moshi.adapter(String.class);
    this.ids = moshi.adapter(Types.newParameterizedType(List.class, String.class));
    this.dateTime = moshi.adapter(OffsetDateTime.class);
    this.attainmentType = moshi.adapter(Types.newParameterizedType(OpenEnum.class, AttainmentType.class));
    this.tags = moshi.adapter(Types.newParameterizedType(List.class, Tag.class));
    this.assignee = moshi.adapter(Assignee.class);
    this.anyValue = moshi.adapter(Object.class);
  }

  @Override
  public GoalPatch fromJson(JsonReader reader) {
    throw new JsonDataException("a GoalPatch is a request body: it is written, never read");
  }

  @Override
  public void toJson(JsonWriter writer, GoalPatch patch) throws IOException {
    if (patch == null) {
      writer.nullValue();
      return;
    }
    Set<GoalPatch.Field> cleared = patch.clearedFields();
    writer.beginObject();
    for (GoalPatch.Field field : GoalPatch.Field.values()) {
      if (cleared.contains(field)) {
        writeNull(writer, field.jsonName());
        continue;
      }
      switch (field) {
        case NAME:
          write(writer, field, patch.name(), text);
          break;
        case DESCRIPTION:
          write(writer, field, patch.description(), text);
          break;
        case SESSION_ID:
          write(writer, field, patch.sessionId(), text);
          break;
        case OWNER_IDS:
          write(writer, field, patch.ownerIds(), ids);
          break;
        case PARENT_ID:
          write(writer, field, patch.parentId(), text);
          break;
        case DATE_FROM:
          write(writer, field, patch.dateFrom(), dateTime);
          break;
        case DATE_TO:
          write(writer, field, patch.dateTo(), dateTime);
          break;
        case ATTAINMENT_TYPE:
          write(writer, field, patch.attainmentType(), attainmentType);
          break;
        case TAGS:
          write(writer, field, patch.tags(), tags);
          break;
        case CUSTOM_FIELDS:
          writeCustomFields(writer, patch.customFields());
          break;
        case ASSIGNEE:
          write(writer, field, patch.assignee(), assignee);
          break;
        default:
          throw new IllegalStateException("unhandled field " + field);
      }
    }
    writer.endObject();
  }

  private static <T> void write(JsonWriter writer, GoalPatch.Field field, Optional<T> value, JsonAdapter<T> adapter)
      throws IOException {
    if (value.isPresent()) {
      writer.name(field.jsonName());
      adapter.toJson(writer, value.get());
    }
  }

  private void writeCustomFields(JsonWriter writer, Map<String, Object> entries) throws IOException {
    if (entries.isEmpty()) {
      return;
    }
    writer.name(GoalPatch.Field.CUSTOM_FIELDS.jsonName());
    writer.beginObject();
    for (Map.Entry<String, Object> entry : entries.entrySet()) {
      if (entry.getValue() == null) {
        writeNull(writer, entry.getKey());
      } else {
        writer.name(entry.getKey());
        anyValue.toJson(writer, entry.getValue());
      }
    }
    writer.endObject();
  }

  /** A name with an explicit {@code null}, which a writer that drops nulls would leave out. */
  private static void writeNull(JsonWriter writer, String name) throws IOException {
    boolean serializeNulls = writer.getSerializeNulls();
    writer.setSerializeNulls(true);
    try {
      writer.name(name).nullValue();
    } finally {
      writer.setSerializeNulls(serializeNulls);
    }
  }

  @Override
  public String toString() {
    return "JsonAdapter(GoalPatch)";
  }
}
