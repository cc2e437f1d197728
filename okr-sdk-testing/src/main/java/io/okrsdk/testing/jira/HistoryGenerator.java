package io.okrsdk.testing.jira;

import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.jira.model.ImmutableOkrUpdate;
import io.okrsdk.jira.model.KeyResult;
import io.okrsdk.jira.model.Objective;
import io.okrsdk.jira.model.OkrStatus;
import io.okrsdk.jira.model.OkrUpdate;
import io.okrsdk.jira.model.ProgressDefinition;
import io.okrsdk.jira.model.UpdateComment;
import io.okrsdk.jira.model.UpdateSource;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds a deterministic run of updates, one minute apart from 1 January 2023, taking the objectives
 * and key results in turn, with one comment per update and a reply on every third.
 */
final class HistoryGenerator {
  static final OffsetDateTime FIRST_UPDATE = ExampleData.time("2023-01-01T00:00:00Z");
  private static final OkrStatus[] STATUSES = {OkrStatus.ON_TRACK, OkrStatus.AT_RISK, OkrStatus.ON_TRACK, OkrStatus.ACTION_REQUIRED};

  private HistoryGenerator() {}

  static void generate(JiraData data, int count) {
    List<String> entities = new ArrayList<>();
    data.objectives().forEach(objective -> entities.add(objective.id()));
    data.keyResults().forEach(keyResult -> entities.add(keyResult.id()));
    for (int i = 0; i < count; i++) {
      String entityId = entities.get(i % entities.size());
      OkrUpdate update = update(data, entityId, i);
      data.addUpdate(update);
      addComments(data, update, i);
    }
  }

  private static OkrUpdate update(JiraData data, String entityId, int number) {
    OkrStatus status = STATUSES[number % STATUSES.length];
    ImmutableOkrUpdate.Builder update =
        OkrUpdate.builder()
            .updateId(data.newId("c0"))
            .entityId(entityId)
            .status(OpenEnum.of(status))
            .displayedStatus(StatusNames.displayed(status))
            .created(FIRST_UPDATE.plusMinutes(number))
            .description("<p>Generated update " + (number + 1) + "</p>");
    Optional<KeyResult> keyResult = data.keyResult(entityId);
    boolean automatic = keyResult.map(JiraData::isAutomatic).orElse(false);
    update.source(OpenEnum.of(automatic ? UpdateSource.AUTO : UpdateSource.MANUAL));
    Optional<ProgressDefinition> definition = keyResult.flatMap(KeyResult::currentProgressDefinition);
    if (definition.isPresent()) {
      double desired = definition.get().desiredValue().orElse(100.0);
      update.value(desired * (number % 10) / 10.0)
          .startValue(definition.get().startValue())
          .desiredValue(definition.get().desiredValue());
    }
    return update.build();
  }

  private static void addComments(JiraData data, OkrUpdate update, int number) {
    OffsetDateTime created = update.created().orElseThrow();
    String authorId = data.objective(update.entityId().orElseThrow()).flatMap(Objective::ownerAccountId).orElse(ExampleData.OWNER);
    UpdateComment comment =
        UpdateComment.builder()
            .commentId(data.newId("d0"))
            .updateId(update.updateId())
            .text("<p>Comment on update " + (number + 1) + "</p>")
            .authorAccountId(authorId)
            .created(created.plusSeconds(20))
            .build();
    data.addComment(comment);
    if (number % 3 == 0) {
      data.addComment(
          UpdateComment.builder()
              .commentId(data.newId("d0"))
              .updateId(update.updateId())
              .text("<p>Reply on update " + (number + 1) + "</p>")
              .authorAccountId(ExampleData.OWNER)
              .replyToCommentId(comment.commentId())
              .created(created.plusSeconds(40))
              .lastEdited(created.plusSeconds(50))
              .build());
    }
  }
}
