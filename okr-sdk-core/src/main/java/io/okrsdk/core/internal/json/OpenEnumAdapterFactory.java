package io.okrsdk.core.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.okrsdk.core.json.OpenEnum;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes {@link OpenEnum} values: a JSON string becomes a known constant or an unknown
 * value that keeps its spelling, so a new server value never fails a decode.
 */
public final class OpenEnumAdapterFactory implements JsonAdapter.Factory {

  /** Creates the factory; it holds no state, so one instance serves every {@link Moshi}. */
  public OpenEnumAdapterFactory() {}

  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty() || Types.getRawType(type) != OpenEnum.class) {
      return null;
    }
    if (!(type instanceof ParameterizedType)) {
      throw new IllegalArgumentException("OpenEnum needs its enum type argument: " + type);
    }
    Type argument = ((ParameterizedType) type).getActualTypeArguments()[0];
    return adapterFor(Types.getRawType(argument).asSubclass(Enum.class)).nullSafe();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static JsonAdapter<?> adapterFor(Class<? extends Enum> enumType) {
    return new Adapter(enumType);
  }

  private static final class Adapter<E extends Enum<E>> extends JsonAdapter<OpenEnum<E>> {
    private final Class<E> type;
    /**
     * The value of every exact spelling, made once: the values are immutable and equal to what
     * {@link OpenEnum#of(Class, String)} returns for the spelling, so the usual case allocates nothing.
     */
    private final Map<String, OpenEnum<E>> exact = new HashMap<>();

    Adapter(Class<E> type) {
      this.type = type;
      for (String spelling : new EnumSpellings<>(type).exactSpellings()) {
        exact.put(spelling, OpenEnum.of(type, spelling));
      }
    }

    @Override
    public OpenEnum<E> fromJson(JsonReader reader) throws IOException {
      // nextString also accepts numbers and reports other tokens with their JSON path.
      String raw = reader.nextString();
      OpenEnum<E> known = exact.get(raw);
      return known != null ? known : OpenEnum.of(type, raw);
    }

    @Override
    public void toJson(JsonWriter writer, OpenEnum<E> value) throws IOException {
      writer.value(value.value());
    }

    @Override
    public String toString() {
      return "JsonAdapter(OpenEnum<" + type.getSimpleName() + ">)";
    }
  }
}
