package io.okrsdk.testing.jira;

import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.jira.model.ImmutableOkrUpdate;
import io.okrsdk.jira.model.KeyResult;
import io.okrsdk.jira.model.LatestUpdate;
import io.okrsdk.jira.model.Objective;
import io.okrsdk.jira.model.OkrStatus;
import io.okrsdk.jira.model.OkrUpdate;
import io.okrsdk.jira.model.ProgressDefinition;
import io.okrsdk.jira.model.UpdateSource;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockResponse;

/**
 * The two update endpoints. A valid update is added to the history and becomes the entity's latest
 * update; the answer is 201 with the created update. Statuses are accepted in both spellings ({@code
 * ON TRACK}, {@code ON_TRACK}); a status left out keeps the current one.
 */
final class UpdateRoutes {
  private final JiraStore store;
  private final Replies replies;
  private final JiraJson json;
  private final Clock clock;

  UpdateRoutes(JiraStore store, Replies replies, JiraJson json, Clock clock) {
    this.store = store;
    this.replies = replies;
    this.json = json;
    this.clock = clock;
  }

  MockResponse objective(String body) {
    Map<?, ?> fields = object(body);
    String id = requiredText(fields, "objectiveId");
    Optional<OkrStatus> status = optionalText(fields, "status").map(StatusNames::parse);
    Optional<String> description = optionalText(fields, "description");
    OkrUpdate created =
        store.write(
            data -> {
              Objective objective =
                  data.objective(id).orElseThrow(() -> JiraHttpError.notFound("no objective with id " + id));
              OkrUpdate update =
                  newUpdate(data, id, status.or(() -> currentStatus(objective.latestUpdate())), description).build();
              data.addUpdate(update);
              return update;
            });
    return replies.json(201, OkrUpdate.class, created);
  }

  MockResponse keyResult(String body) {
    Map<?, ?> fields = object(body);
    String id = requiredText(fields, "keyResultId");
    Optional<OkrStatus> status = optionalText(fields, "status").map(StatusNames::parse);
    Optional<Double> newValue = optionalNumber(fields, "newValue");
    Optional<String> description = optionalText(fields, "description");
    OkrUpdate created =
        store.write(
            data -> {
              KeyResult keyResult =
                  data.keyResult(id).orElseThrow(() -> JiraHttpError.notFound("no key result with id " + id));
              if (newValue.isPresent() && JiraData.isAutomatic(keyResult)) {
                throw new JiraHttpError(403, "key result " + id + " is automatic: its value cannot be set");
              }
              Optional<ProgressDefinition> definition = keyResult.currentProgressDefinition();
              OkrUpdate update =
                  newUpdate(data, id, status.or(() -> currentStatus(keyResult.latestUpdate())), description)
                      .value(newValue.or(() -> keyResult.latestUpdate().flatMap(LatestUpdate::value)))
                      .startValue(definition.flatMap(ProgressDefinition::startValue))
                      .desiredValue(definition.flatMap(ProgressDefinition::desiredValue))
                      .build();
              data.addUpdate(update);
              return update;
            });
    return replies.json(201, OkrUpdate.class, created);
  }

  private ImmutableOkrUpdate.Builder newUpdate(
      JiraData data, String entityId, Optional<OkrStatus> status, Optional<String> description) {
    return OkrUpdate.builder()
        .updateId(data.newId("c0"))
        .entityId(entityId)
        .status(status.map(OpenEnum::of))
        .displayedStatus(status.map(StatusNames::displayed))
        .created(OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS))
        .description(description)
        .source(OpenEnum.of(UpdateSource.API));
  }

  private static Optional<OkrStatus> currentStatus(Optional<LatestUpdate> latest) {
    return latest.flatMap(LatestUpdate::status).flatMap(OpenEnum::known);
  }

  private Map<?, ?> object(String body) {
    if (body == null || body.isBlank()) {
      throw JiraHttpError.badRequest("a JSON body is required");
    }
    try {
      return json.readObject(body);
    } catch (IOException | RuntimeException e) {
      throw JiraHttpError.badRequest("the body is not a JSON object: " + e.getMessage());
    }
  }

  private static String requiredText(Map<?, ?> fields, String name) {
    return optionalText(fields, name)
        .filter(text -> !text.isBlank())
        .orElseThrow(() -> JiraHttpError.badRequest(name + " is required"));
  }

  private static Optional<String> optionalText(Map<?, ?> fields, String name) {
    Object value = fields.get(name);
    if (value == null || value instanceof String) {
      return Optional.ofNullable((String) value);
    }
    throw JiraHttpError.badRequest(name + " must be a string");
  }

  private static Optional<Double> optionalNumber(Map<?, ?> fields, String name) {
    Object value = fields.get(name);
    if (value == null || value instanceof Number) {
      return Optional.ofNullable(value == null ? null : ((Number) value).doubleValue());
    }
    throw JiraHttpError.badRequest(name + " must be a number");
  }
}
