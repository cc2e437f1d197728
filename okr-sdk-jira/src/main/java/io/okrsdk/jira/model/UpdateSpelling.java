package io.okrsdk.jira.model;

import io.okrsdk.core.json.OpenEnum;
import java.util.Optional;

/** Puts a status into the spaced spelling the update methods document ({@code ON TRACK}). */
final class UpdateSpelling {
  private UpdateSpelling() {}

  /** The status respelled, or empty when it already is in update spelling (or is unknown). */
  static Optional<OpenEnum<OkrStatus>> respell(Optional<OpenEnum<OkrStatus>> status) {
    if (status.isEmpty() || !status.get().isKnown()) {
      return Optional.empty();
    }
    String wanted = status.get().known().orElseThrow().updateSpelling();
    return wanted.equals(status.get().value())
        ? Optional.empty()
        : Optional.of(OpenEnum.of(OkrStatus.class, wanted));
  }
}
