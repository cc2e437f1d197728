package io.okrsdk.jira.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of the update history, newest first. */
@OkrModel
@Value.Immutable
public interface UpdatePage extends HasUnrecognized {
  /**
   * The updates on this page.
   *
   * @return the updates, possibly empty
   */
  List<OkrUpdate> updates();

  /**
   * The cursor of the next page.
   *
   * @return the cursor, empty on the last page
   */
  Optional<String> nextCursor();

  /**
   * A new builder.
   *
   * @return the builder
   */
  static ImmutableUpdatePage.Builder builder() {
    return ImmutableUpdatePage.builder();
  }
}
