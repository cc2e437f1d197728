package io.okrsdk.ogsm.model;

import com.squareup.moshi.Json;
import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One OGSM canvas an item appears on, with the item's position there, such as {@code {"id": 789,
 * "row_order": 91}}.
 */
@OkrModel
@Value.Immutable
public interface CanvasReference extends HasUnrecognized {
  /**
   * The canvas's id.
   *
   * @return the id
   */
  long id();

  /**
   * The item's sort key on that canvas: rows are shown in ascending order.
   *
   * @return the sort key, empty when the server sent none
   */
  @Json(name = "row_order")
  Optional<Long> rowOrder();

  /**
   * A new builder.
   *
   * @return the builder
   */
  static ImmutableCanvasReference.Builder builder() {
    return ImmutableCanvasReference.builder();
  }
}
