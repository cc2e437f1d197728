package io.okrsdk.testing.gtmhub;

import com.squareup.moshi.JsonAdapter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 17 goal endpoints, each reading its request and answering from the {@link GoalStore}: list
 * (v2), grouped-by owners and reviewers, by metric owner, get, workflow actions, create, bulk
 * create, approve, decline, review, withdraw, PUT, PUT confidence, PATCH, delete and bulk delete.
 */
final class GoalEndpoints {
  /** Lists leave out metrics and links.expanded unless asked for. */
  private static final Projection LIST_DEFAULT = Projection.without("metrics", "links.expanded");
  /** A single goal carries its metrics but not links.expanded unless asked for. */
  private static final Projection GOAL_DEFAULT = Projection.without("links.expanded");
  private static final Projection EVERYTHING = Projection.without();
  private static final int DEFAULT_LIMIT = 100;

  private final GoalStore store;
  private final JsonAdapter<Object> lenientJson;

  GoalEndpoints(GoalStore store, JsonAdapter<Object> lenientJson) {
    this.store = store;
    this.lenientJson = lenientJson;
  }

  Reply list(Exchange exchange) {
    String filterText = exchange.query("filter");
    Object filter = filterText == null || filterText.isBlank() ? null : Exchange.parse(filterText, lenientJson, "filter");
    long skip = exchange.number("skip", 0, 0);
    int limit = (int) Math.min(Integer.MAX_VALUE, exchange.number("limit", DEFAULT_LIMIT, 1));
    Projection projection = Projection.parse(exchange.query("fields"), LIST_DEFAULT);
    boolean plainText = Mentions.plainText(exchange.query("formatting"));
    GoalStore.Slice slice = store.find(GoalFilter.compile(filter), GoalSort.parse(exchange.query("sort")), skip, limit);
    List<Object> items = new ArrayList<>();
    for (Map<String, Object> goal : slice.items) {
      items.add(shape(goal, projection, plainText));
    }
    return Reply.list(items, slice.total);
  }

  Reply groupBy(Exchange exchange, boolean byOwners) {
    GoalGroups.Query query = new GoalGroups.Query();
    query.deadline(blankToNull(exchange.query("filter")));
    query.ids = GoalGroups.Query.idList(exchange.query("ids"));
    query.ownerIds = GoalGroups.Query.idList(exchange.query("ownerIds"));
    query.metricOwnerIds = GoalGroups.Query.idList(exchange.query("metricOwnerId"));
    query.attainment = GoalGroups.Query.condition(exchange.query("attainment"), "attainment");
    query.metricAttainment = GoalGroups.Query.condition(exchange.query("metricAttainment"), "metricAttainment");
    query.metricBefore = GoalGroups.Query.date(exchange.query("metricBefore"), "metricBefore");
    query.metricAfter = GoalGroups.Query.date(exchange.query("metricAfter"), "metricAfter");
    query.sort = GoalSort.parse(exchange.query("sort"));
    query.includeMetrics = exchange.flag("includeMetrics");
    long skip = exchange.number("skip", 0, 0);
    long take = exchange.number("take", DEFAULT_LIMIT, 1);
    List<Map<String, Object>> groups = store.groups(byOwners, query);
    List<Object> window = new ArrayList<>();
    for (long i = skip; i < groups.size() && window.size() < take; i++) {
      window.add(groups.get((int) i));
    }
    return Reply.list(window, groups.size());
  }

  Reply byMetricOwner(Exchange exchange) {
    List<Object> items = new ArrayList<>();
    for (Map<String, Object> goal : store.byMetricOwner(exchange.param("ownerId"))) {
      items.add(GOAL_DEFAULT.apply(goal));
    }
    return Reply.list(items, items.size());
  }

  Reply get(Exchange exchange) {
    Projection projection = Projection.parse(exchange.query("fields"), GOAL_DEFAULT);
    boolean plainText = Mentions.plainText(exchange.query("formatting"));
    return Reply.json(200, shape(store.get(exchange.param("goalId")), projection, plainText));
  }

  Reply workflowActions(Exchange exchange) {
    List<Map<String, Object>> actions = store.workflowActions(exchange.param("goalId"));
    return Reply.list(actions, actions.size());
  }

  Reply create(Exchange exchange) {
    return Reply.json(201, store.create(exchange.body()));
  }

  Reply createAll(Exchange exchange) {
    Object body = exchange.body();
    if (body instanceof Map && ((Map<?, ?>) body).containsKey("goals")) {
      body = ((Map<?, ?>) body).get("goals");
    }
    if (!(body instanceof List)) {
      throw ApiError.badRequest("the body must be an array of goals");
    }
    List<Object> created = new ArrayList<>();
    for (Map<String, Object> goal : store.createAll((List<?>) body)) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", goal.get("id"));
      item.put("name", goal.get("name"));
      created.add(item);
    }
    return Reply.list(created, created.size()).withStatus(201);
  }

  Reply approve(Exchange exchange) {
    store.approve(exchange.param("goalId"), exchange.body());
    return Reply.empty(204);
  }

  Reply decline(Exchange exchange) {
    store.decline(exchange.param("goalId"), exchange.body());
    return Reply.empty(204);
  }

  Reply review(Exchange exchange) {
    store.review(exchange.param("goalId"), exchange.body());
    return Reply.empty(204);
  }

  Reply withdraw(Exchange exchange) {
    store.withdraw(exchange.param("goalId"));
    return Reply.empty(204);
  }

  Reply replace(Exchange exchange) {
    return Reply.json(200, EVERYTHING.apply(store.replace(exchange.param("goalId"), exchange.body())));
  }

  Reply confidence(Exchange exchange) {
    return Reply.json(200, EVERYTHING.apply(store.setConfidence(exchange.param("goalId"), exchange.body())));
  }

  Reply patch(Exchange exchange) {
    return Reply.json(200, EVERYTHING.apply(store.patch(exchange.param("goalId"), exchange.body())));
  }

  Reply delete(Exchange exchange) {
    store.delete(exchange.param("goalId"));
    return Reply.empty(200);
  }

  Reply deleteAll(Exchange exchange) {
    Object body = exchange.body();
    if (body instanceof Map && ((Map<?, ?>) body).containsKey("goalsIds")) {
      body = ((Map<?, ?>) body).get("goalsIds");
    }
    store.deleteAll(GoalWriter.textList(body, "goalsIds"));
    return Reply.empty(200);
  }

  private static Map<String, Object> shape(Map<String, Object> goal, Projection projection, boolean plainText) {
    if (plainText) {
      Mentions.toPlainText(goal);
    }
    return projection.apply(goal);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
