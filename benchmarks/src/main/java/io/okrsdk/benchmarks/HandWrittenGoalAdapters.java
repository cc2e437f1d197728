package io.okrsdk.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.perform.model.Goal;
import io.okrsdk.perform.model.GoalPage;
import io.okrsdk.perform.model.GoalUnit;
import io.okrsdk.perform.model.GoalVisibility;
import io.okrsdk.perform.model.ImmutableGoal;
import io.okrsdk.perform.model.ImmutableGoalPage;
import io.okrsdk.perform.model.RagStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline for decoding: adapters written by hand for exactly the Perform goal JSON, building
 * the same immutable objects through the generated builders. They do the same value work as the
 * SDK (decimals, dates, units, open enums, {@code title_name} fallback, nulls as absent), with no
 * reflection, no method handles and one pass over each object.
 */
public final class HandWrittenGoalAdapters {
  private HandWrittenGoalAdapters() {}

  /** Reads {@code GoalPage}; writing is not needed by the benchmarks. */
  public static final class PageAdapter extends JsonAdapter<GoalPage> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of("count", "next", "previous", "results");

    private final GoalAdapter goals = new GoalAdapter();

    @Override
    public GoalPage fromJson(JsonReader reader) throws IOException {
      ImmutableGoalPage.Builder page = ImmutableGoalPage.builder();
      reader.beginObject();
      while (reader.hasNext()) {
        int field = reader.selectName(NAMES);
        if (field < 0) {
          reader.skipName();
          reader.skipValue();
          continue;
        }
        if (reader.peek() == JsonReader.Token.NULL) {
          reader.nextNull();
          continue;
        }
        switch (field) {
          case 0:
            page.count(reader.nextLong());
            break;
          case 1:
            page.next(reader.nextString());
            break;
          case 2:
            page.previous(reader.nextString());
            break;
          default:
            page.results(goals.readList(reader));
            break;
        }
      }
      reader.endObject();
      return page.build();
    }

    @Override
    public void toJson(JsonWriter writer, GoalPage value) {
      throw new UnsupportedOperationException("read only");
    }
  }

  /** Reads {@code Goal}, and a JSON array of goals with {@link #readList(JsonReader)}. */
  public static final class GoalAdapter extends JsonAdapter<Goal> {
    private static final JsonReader.Options NAMES =
        JsonReader.Options.of(
            "api_id",
            "title",
            "description",
            "department",
            "team_manager_name",
            "person_name",
            "person_group_name",
            "responsible_person_name",
            "unit",
            "baseline_value",
            "target_value",
            "current_value",
            "start_date",
            "target_date",
            "is_complete",
            "rag_status",
            "auto_calculated",
            "is_okr",
            "goal_weight",
            "goal_visibility",
            "rag_target_based",
            "title_name");

    private final Map<String, OpenEnum<RagStatus>> ragStatuses = spellings(RagStatus.class);
    private final Map<String, OpenEnum<GoalVisibility>> visibilities = spellings(GoalVisibility.class);

    /**
     * Reads a JSON array of goals.
     *
     * @param reader positioned at the array
     * @return the goals
     * @throws IOException when reading fails
     */
    public List<Goal> readList(JsonReader reader) throws IOException {
      List<Goal> list = new ArrayList<>();
      reader.beginArray();
      while (reader.hasNext()) {
        list.add(fromJson(reader));
      }
      reader.endArray();
      return list;
    }

    @Override
    public Goal fromJson(JsonReader reader) throws IOException {
      ImmutableGoal.Builder goal = ImmutableGoal.builder();
      boolean hasTitle = false;
      String titleName = null;
      reader.beginObject();
      while (reader.hasNext()) {
        int field = reader.selectName(NAMES);
        if (field < 0) {
          reader.skipName();
          reader.skipValue();
          continue;
        }
        if (reader.peek() == JsonReader.Token.NULL) {
          reader.nextNull();
          continue;
        }
        switch (field) {
          case 0:
            goal.apiId(reader.nextString());
            break;
          case 1:
            goal.title(reader.nextString());
            hasTitle = true;
            break;
          case 2:
            goal.description(reader.nextString());
            break;
          case 3:
            goal.department(reader.nextString());
            break;
          case 4:
            goal.teamManagerName(reader.nextString());
            break;
          case 5:
            goal.personName(reader.nextString());
            break;
          case 6:
            goal.personGroupName(reader.nextString());
            break;
          case 7:
            goal.responsiblePersonName(reader.nextString());
            break;
          case 8:
            goal.unit(GoalUnit.of(reader.nextString()));
            break;
          case 9:
            goal.baselineValue(new BigDecimal(reader.nextString().trim()));
            break;
          case 10:
            goal.targetValue(new BigDecimal(reader.nextString().trim()));
            break;
          case 11:
            goal.currentValue(new BigDecimal(reader.nextString().trim()));
            break;
          case 12:
            goal.startDate(LocalDate.parse(reader.nextString()));
            break;
          case 13:
            goal.targetDate(LocalDate.parse(reader.nextString()));
            break;
          case 14:
            goal.isComplete(reader.nextBoolean());
            break;
          case 15:
            goal.ragStatus(open(ragStatuses, RagStatus.class, reader.nextString()));
            break;
          case 16:
            goal.autoCalculated(reader.nextBoolean());
            break;
          case 17:
            goal.isOkr(reader.nextBoolean());
            break;
          case 18:
            goal.weight(reader.nextInt());
            break;
          case 19:
            goal.visibility(open(visibilities, GoalVisibility.class, reader.nextString()));
            break;
          case 20:
            goal.ragTargetBased(reader.nextBoolean());
            break;
          default:
            titleName = reader.nextString();
            break;
        }
      }
      if (!hasTitle && titleName != null) {
        goal.title(titleName);
      }
      Goal built;
      try {
        built = goal.build();
      } catch (IllegalStateException missing) {
        throw new JsonDataException(missing.getMessage() + " at path " + reader.getPath(), missing);
      }
      reader.endObject();
      return built;
    }

    @Override
    public void toJson(JsonWriter writer, Goal value) {
      throw new UnsupportedOperationException("read only");
    }

    private static <E extends Enum<E>> OpenEnum<E> open(Map<String, OpenEnum<E>> known, Class<E> type, String value) {
      OpenEnum<E> hit = known.get(value);
      return hit != null ? hit : OpenEnum.of(type, value);
    }

    /** Each constant's wire spelling, resolved once; any other spelling goes through OpenEnum.of. */
    private static <E extends Enum<E>> Map<String, OpenEnum<E>> spellings(Class<E> type) {
      Map<String, OpenEnum<E>> map = new HashMap<>();
      for (E constant : type.getEnumConstants()) {
        OpenEnum<E> value = OpenEnum.of(constant);
        map.put(value.value(), value);
      }
      return map;
    }
  }

  /** Perform's unit strings: the one platform adapter a goal needs besides the SDK's own. */
  public static final class UnitAdapter extends JsonAdapter<GoalUnit> {
    @Override
    public GoalUnit fromJson(JsonReader reader) throws IOException {
      return GoalUnit.of(reader.nextString());
    }

    @Override
    public void toJson(JsonWriter writer, GoalUnit value) throws IOException {
      writer.value(value.value());
    }
  }
}
