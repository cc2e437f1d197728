package io.okrsdk.ogsm.model;

import io.okrsdk.core.json.HasUnrecognized;
import com.squareup.moshi.Json;
import io.okrsdk.core.internal.Checks;
import io.okrsdk.core.json.OkrModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An action to create ({@code POST /api/v2/actions.json}): the action object of the vendor's page
 * without its id, which the server generates. Only the title is required; fields left unset are
 * left out of the request.
 *
 * <pre>{@code
 * NewAction action = NewAction.builder()
 *     .title("Run the spring campaign")
 *     .strategies(List.of(Reference.of(456)))
 *     .start(LocalDate.of(2024, 3, 1))
 *     .due(LocalDate.of(2024, 5, 31))
 *     .build();
 * }</pre>
 */
@OkrModel
@Value.Immutable
public interface NewAction extends HasUnrecognized {
  /**
   * The action's title.
   *
   * @return the title
   */
  String title();

  /**
   * The description (OGSM shows descriptions as HTML).
   *
   * @return the description, empty to leave it out
   */
  Optional<String> description();

  /**
   * The labels, by name.
   *
   * @return the labels, empty to leave them out
   */
  Optional<List<Label>> labels();

  /**
   * The strategies the action carries out.
   *
   * @return references to the strategies, empty to leave them out
   */
  Optional<List<Reference>> strategies();

  /**
   * Who is responsible, by name.
   *
   * @return the assignee, empty to leave it out
   */
  Optional<Person> assignee();

  /**
   * Who else is involved, by name.
   *
   * @return the people, empty to leave them out
   */
  Optional<List<Person>> involved();

  /**
   * The start date.
   *
   * @return the date, empty to leave it out
   */
  Optional<LocalDate> start();

  /**
   * The due date.
   *
   * @return the date, empty to leave it out
   */
  Optional<LocalDate> due();

  /**
   * The workflow status, by name (such as {@code doing}).
   *
   * @return the status, empty to leave it out
   */
  Optional<ActionStatus> status();

  /**
   * The OGSM canvases to place the action on.
   *
   * @return the canvases, empty to leave them out
   */
  @Json(name = "ogsm_canvases")
  Optional<List<CanvasReference>> canvases();

  /**
   * The status colour.
   *
   * @return the colour, empty to leave it out
   */
  @Json(name = "traffic_light")
  Optional<TrafficLight> trafficLight();

  /**
   * The progress, as a percentage.
   *
   * @return the progress, empty to leave it out
   */
  Optional<BigDecimal> progress();

  /**
   * Whether the action is archived.
   *
   * @return the flag, empty to leave it out
   */
  Optional<Boolean> archived();

  /**
   * Refuses a blank title and a start after the due date.
   *
   * @throws IllegalArgumentException when the title is blank or the dates are in the wrong order
   */
  @Value.Check
  default void check() {
    if (title().isBlank()) {
      throw new IllegalArgumentException("title must not be blank");
    }
    if (start().isPresent() && due().isPresent() && start().get().isAfter(due().get())) {
      throw new IllegalArgumentException("start (" + start().get() + ") is after due (" + due().get() + ")");
    }
  }

  /**
   * An action with only a title.
   *
   * @param title the title, not blank
   * @return the action
   */
  static NewAction of(String title) {
    return builder().title(Checks.require(title, "title")).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  static ImmutableNewAction.Builder builder() {
    return ImmutableNewAction.builder();
  }
}
