package io.okrsdk.core.internal.json;

import com.squareup.moshi.Json;
import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.core.json.WireAlias;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A model shaped like the platforms' goals, to exercise the Immutables bridge. */
@OkrModel
@Value.Immutable
public interface SampleGoal extends HasUnrecognized {
  enum Rag {
    RED,
    AMBER,
    @Json(name = "green")
    GREEN,
    @WireAlias({"ON TRACK"})
    ON_TRACK
  }

  @Json(name = "api_id")
  String apiId();

  @WireAlias("title_name")
  Optional<String> title();

  @Json(name = "target_value")
  Optional<BigDecimal> targetValue();

  @Json(name = "due")
  Optional<LocalDate> dueDate();

  Optional<OffsetDateTime> created();

  @Json(name = "rag_status")
  Optional<OpenEnum<Rag>> ragStatus();

  List<String> tags();

  Map<String, String> properties();

  @Json(name = "is_okr")
  boolean isOkr();

  @Value.Default
  default int weight() {
    return 1;
  }

  /** Not an attribute: no builder setter, so neither read nor written. */
  default boolean hasTarget() {
    return targetValue().isPresent();
  }

  @Value.Check
  default void check() {
    if (apiId().isBlank()) {
      throw new IllegalStateException("apiId must not be blank");
    }
  }
}
