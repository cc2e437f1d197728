package io.okrsdk.ogsm.model;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What every part of an OGSM has in common: the objective, its goals and strategies, and the
 * strategies' KPIs and actions.
 */
public interface OgsmItem extends Described {
  /**
   * The item's id.
   *
   * @return the id
   */
  long id();

  /**
   * The item's title.
   *
   * @return the title
   */
  String title();

  /**
   * The labels attached to the item.
   *
   * @return the labels, empty when there are none
   */
  List<Label> labels();

  /**
   * The item's owner.
   *
   * @return the owner, empty when nobody is assigned
   */
  Optional<Person> assignee();

  /**
   * The OGSM canvases the item appears on, with its row position on each.
   *
   * @return the canvases, empty when there are none
   */
  @Json(name = "ogsm_canvases")
  List<CanvasReference> canvases();

  /**
   * Whether the item is archived.
   *
   * @return {@code true} for an archived item; {@code false} when the server left the field out
   */
  @Value.Default
  default boolean archived() {
    return false;
  }
}
