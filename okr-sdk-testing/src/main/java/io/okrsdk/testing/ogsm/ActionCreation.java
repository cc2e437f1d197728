package io.okrsdk.testing.ogsm;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.ogsm.model.Action;
import io.okrsdk.ogsm.model.NewAction;
import io.okrsdk.ogsm.model.Reference;
import io.okrsdk.ogsm.model.Strategy;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;

/**
 * {@code POST /api/v2/actions.json} of the fake OGSM server: reads the action object (the body
 * itself, as the vendor's page describes it), refuses a body that is not JSON (400), a missing or
 * blank title (422, Rails style: {@code {"title": ["can't be blank"]}}) and an unknown strategy
 * (404), stores the action with the next id and answers 201 with it.
 */
public final class ActionCreation {
  private final OgsmStore store;
  private final JsonAdapter<NewAction> reader;
  private final JsonAdapter<Action> writer;
  private final JsonAdapter<Object> errors;

  /**
   * A handler over a store.
   *
   * @param store the state the action is added to
   * @param moshi the fake's JSON configuration (the SDK's own)
   */
  public ActionCreation(OgsmStore store, Moshi moshi) {
    this.store = Objects.requireNonNull(store, "store");
    this.reader = moshi.adapter(NewAction.class);
    this.writer = moshi.adapter(Action.class);
    this.errors = moshi.adapter(Object.class);
  }

  /**
   * Answers one create request (credentials already checked).
   *
   * @param request the request
   * @return the answer
   */
  public MockResponse create(RecordedRequest request) {
    String contentType = request.getHeaders().get("Content-Type");
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    if (type == null || !"application".equals(type.type()) || !"json".equals(type.subtype())) {
      return answer(400, errors.toJson(Map.of("error", "send the body as JSON with Content-Type: application/json")));
    }
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    try {
      errors.fromJson(body);
    } catch (JsonDataException | IOException e) {
      return answer(400, errors.toJson(Map.of("error", "the body is not JSON: " + e.getMessage())));
    }
    NewAction action;
    try {
      action = body.isBlank() ? null : reader.fromJson(body);
    } catch (JsonDataException | IllegalStateException | IllegalArgumentException | IOException e) {
      return answer(422, errors.toJson(Map.of("title", List.of("can't be blank"))));
    }
    if (action == null) {
      return answer(422, errors.toJson(Map.of("title", List.of("can't be blank"))));
    }
    synchronized (store) {
      for (Reference strategy : action.strategies().orElse(List.of())) {
        if (store.strategies().stream().map(Strategy::id).noneMatch(id -> id == strategy.id())) {
          return answer(404, errors.toJson(Map.of("error", "Couldn't find Strategy with 'id'=" + strategy.id())));
        }
      }
      long id = store.actions().stream().mapToLong(Action::id).max().orElse(0) + 1;
      Action created = Action.builder()
          .id(id)
          .title(action.title())
          .labels(action.labels().orElse(List.of()))
          .strategies(action.strategies().orElse(List.of()))
          .description(action.description())
          .assignee(action.assignee())
          .involved(action.involved().orElse(List.of()))
          .start(action.start())
          .due(action.due())
          .status(action.status())
          .canvases(action.canvases().orElse(List.of()))
          .trafficLight(action.trafficLight().map(OpenEnum::of))
          .progress(action.progress())
          .archived(action.archived().orElse(false))
          .build();
      store.addAction(created);
      return answer(201, writer.toJson(created));
    }
  }

  private static MockResponse answer(int status, String json) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json; charset=utf-8")
        .body(json)
        .build();
  }
}
