package io.okrsdk.perform;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.okrsdk.perform.model.AcceptsTitleName;
import io.okrsdk.perform.model.Goal;
import io.okrsdk.perform.model.ImmutableGoal;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Resolves {@link AcceptsTitleName} for {@code Goal} and {@code List<Goal>}: the goal is decoded by
 * the SDK's model adapter (so required fields, JSON paths and error reporting stay the core's),
 * and when it has no {@code title}, the {@code title_name} the vendor's field list documents is
 * used instead.
 */
final class GoalTitleAdapterFactory implements JsonAdapter.Factory {
  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    Set<? extends Annotation> others = Types.nextAnnotations(annotations, AcceptsTitleName.class);
    if (others == null || !others.isEmpty()) {
      return null;
    }
    Class<?> raw = Types.getRawType(type);
    if (raw == Goal.class) {
      return goalAdapter(moshi);
    }
    if (raw == List.class && Types.getRawType(Types.collectionElementType(type, List.class)) == Goal.class) {
      return new GoalListAdapter(goalAdapter(moshi)).nullSafe();
    }
    throw new IllegalArgumentException("@AcceptsTitleName applies to Goal and List<Goal>, not " + type);
  }

  private static JsonAdapter<Goal> goalAdapter(Moshi moshi) {
    return new TitleNameAdapter(moshi.adapter(Goal.class)).nullSafe();
  }

  /** One goal: core's model adapter plus the {@code title_name} fallback. */
  private static final class TitleNameAdapter extends JsonAdapter<Goal> {
    private static final JsonReader.Options TITLE_NAME = JsonReader.Options.of("title_name");

    private final JsonAdapter<Goal> delegate;

    TitleNameAdapter(JsonAdapter<Goal> delegate) {
      this.delegate = delegate;
    }

    @Override
    public Goal fromJson(JsonReader reader) throws IOException {
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        // Not an object: the model adapter reports the mismatch with its path.
        return delegate.fromJson(reader);
      }
      String titleName = titleName(reader.peekJson());
      Goal goal = delegate.fromJson(reader);
      if (goal != null && goal.title().isEmpty() && titleName != null) {
        return ImmutableGoal.copyOf(goal).withTitle(titleName);
      }
      return goal;
    }

    /** Scans a look-ahead copy of the object for {@code title_name}; the last one wins. */
    private static String titleName(JsonReader peek) throws IOException {
      String found = null;
      peek.beginObject();
      while (peek.hasNext()) {
        if (peek.selectName(TITLE_NAME) != 0) {
          peek.skipName();
          peek.skipValue();
          continue;
        }
        JsonReader.Token token = peek.peek();
        if (token == JsonReader.Token.NULL) {
          peek.nextNull();
          found = null;
        } else if (token == JsonReader.Token.STRING) {
          found = peek.nextString();
        } else {
          throw new JsonDataException("Expected a string but was " + token + " at path " + peek.getPath());
        }
      }
      return found;
    }

    @Override
    public void toJson(JsonWriter writer, Goal value) throws IOException {
      delegate.toJson(writer, value);
    }

    @Override
    public String toString() {
      return "JsonAdapter(Goal, title or title_name)";
    }
  }

  /** A JSON array of goals, each read with the {@code title_name} fallback. */
  private static final class GoalListAdapter extends JsonAdapter<List<Goal>> {
    private final JsonAdapter<Goal> element;

    GoalListAdapter(JsonAdapter<Goal> element) {
      this.element = element;
    }

    @Override
    public List<Goal> fromJson(JsonReader reader) throws IOException {
      List<Goal> goals = new ArrayList<>();
      reader.beginArray();
      while (reader.hasNext()) {
        goals.add(element.fromJson(reader));
      }
      reader.endArray();
      return goals;
    }

    @Override
    public void toJson(JsonWriter writer, List<Goal> value) throws IOException {
      writer.beginArray();
      for (Goal goal : value) {
        element.toJson(writer, goal);
      }
      writer.endArray();
    }

    @Override
    public String toString() {
      return "JsonAdapter(List<Goal>, title or title_name)";
    }
  }
}
