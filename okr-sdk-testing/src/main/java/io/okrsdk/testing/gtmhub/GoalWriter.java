package io.okrsdk.testing.gtmhub;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Builds goal documents from request bodies and applies writes to them: create, PATCH (only the
 * fields sent), PUT (the whole goal) and the deprecated confidence. Validates first and changes a
 * copy, so a refused write changes nothing. Fields the caller may not write ({@code id},
 * {@code attainment}, {@code metrics}, ...) and unknown fields are ignored. A write that refers to
 * something the account does not have (a session, a parent goal, an owner or assignee) is refused
 * with 400, as the service documents for a bad request. An explicit {@code null} clears an optional
 * field ({@code description}, {@code parentId}, dates, {@code attainmentTypeString}, {@code tags},
 * {@code customFields} or one of its entries, {@code assignee}); a required one ({@code name},
 * {@code sessionId}, {@code ownerIds}) is refused with 400.
 */
final class GoalWriter {
  private static final String APP_URL = "https://app.fake-gtmhub.invalid/results/#/goal/";

  private final String accountId;
  private final String currentUserId;
  private final Sessions sessions;
  private final ObjectIds ids;

  GoalWriter(String accountId, String currentUserId, Sessions sessions, ObjectIds ids) {
    this.accountId = accountId;
    this.currentUserId = currentUserId;
    this.sessions = sessions;
    this.ids = ids;
  }

  /**
   * A new goal from a create body; owned by the caller unless {@code ownerIds} says otherwise.
   *
   * @param body the request body
   * @param exists whether a goal id exists (for {@code parentId})
   * @return the new document
   */
  Map<String, Object> create(Object body, Predicate<String> exists) {
    return build(ids.next(), body, exists);
  }

  /** A new goal with a given id (seeded and generated goals). */
  Map<String, Object> build(String id, Object body, Predicate<String> exists) {
    Map<String, Object> fields = object(body, "goal");
    requireText(fields.get("name"), "name");
    requireText(fields.get("sessionId"), "sessionId");
    Map<String, Object> doc = skeleton(id);
    applyAll(doc, fields, exists, true);
    return doc;
  }

  /** Applies the fields sent in a PATCH body to a copy and returns it. */
  Map<String, Object> patch(Map<String, Object> current, Object body, Predicate<String> exists) {
    Map<String, Object> fields = object(body, "goal");
    if (fields.isEmpty()) {
      throw ApiError.badRequest("the patch sets no field");
    }
    Map<String, Object> doc = JsonTree.copy(current);
    applyAll(doc, fields, exists, false);
    return doc;
  }

  /** Replaces every writable field of a copy (PUT) and returns it. */
  Map<String, Object> replace(Map<String, Object> current, Object body, Predicate<String> exists) {
    Map<String, Object> fields = object(body, "goal");
    requireText(fields.get("name"), "name");
    requireText(fields.get("sessionId"), "sessionId");
    Map<String, Object> doc = skeleton((String) current.get("id"));
    for (String kept : List.of("dateCreated", "attainment", "aggregatedAttainment", "fullAggregatedAttainment",
        "closedStatus", "metrics", "links", "confidence")) {
      if (current.containsKey(kept)) {
        doc.put(kept, JsonTree.copy(current.get(kept)));
      }
    }
    applyAll(doc, fields, exists, true);
    return doc;
  }

  /** Sets the goal-level confidence on a copy (the deprecated endpoint) and returns it. */
  Map<String, Object> confidence(Map<String, Object> current, Object body) {
    Map<String, Object> fields = object(body, "goalConfidence");
    Object value = fields.get("value");
    if (!(value instanceof Number) || !Double.isFinite(((Number) value).doubleValue())) {
      throw ApiError.badRequest("confidence value must be a number");
    }
    Object reason = fields.get("reason");
    if (reason != null && !(reason instanceof String)) {
      throw ApiError.badRequest("confidence reason must be a string");
    }
    Map<String, Object> confidence = new LinkedHashMap<>();
    confidence.put("value", ((Number) value).doubleValue());
    confidence.put("reason", reason);
    confidence.put("userId", currentUserId);
    confidence.put("date", sessions.now());
    Map<String, Object> doc = JsonTree.copy(current);
    doc.put("confidence", confidence);
    return doc;
  }

  private Map<String, Object> skeleton(String id) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("id", id);
    doc.put("accountId", accountId);
    doc.put("name", "");
    doc.put("description", "");
    doc.put("sessionId", "");
    doc.put("ownerId", currentUserId);
    doc.put("ownerIds", new ArrayList<>(List.of(currentUserId)));
    doc.put("parentId", "");
    doc.put("dateCreated", sessions.now());
    doc.put("url", APP_URL + id);
    doc.put("attainment", 0.0);
    doc.put("aggregatedAttainment", null);
    doc.put("fullAggregatedAttainment", 0.0);
    doc.put("attainmentTypeString", "average_kr");
    doc.put("closedStatus", new LinkedHashMap<>(Map.of("status", "open")));
    doc.put("tags", new ArrayList<>());
    doc.put("customFields", new LinkedHashMap<>());
    doc.put("assignee", Directory.assignee(currentUserId, accountId));
    doc.put("metrics", new ArrayList<>());
    doc.put("links", links(currentUserId));
    return doc;
  }

  private void applyAll(
      Map<String, Object> doc, Map<String, Object> fields, Predicate<String> exists, boolean wholeGoal) {
    boolean datesSent = fields.containsKey("dateFrom") || fields.containsKey("dateTo");
    fields.forEach((key, value) -> apply(doc, key, value, exists));
    if (wholeGoal && !fields.containsKey("assignee")) {
      doc.put("assignee", Directory.assignee((String) doc.get("ownerId"), accountId));
    }
    if (!datesSent && fields.containsKey("sessionId")) {
      Sessions.Window window = sessions.window((String) doc.get("sessionId"));
      if (window != null) {
        doc.put("dateFrom", Sessions.format(window.from));
        doc.put("dateTo", Sessions.format(window.to));
      }
    }
    Instant from = Sessions.parse(doc.get("dateFrom"));
    Instant to = Sessions.parse(doc.get("dateTo"));
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiError.badRequest("dateTo is before dateFrom");
    }
  }

  private void apply(Map<String, Object> doc, String key, Object value, Predicate<String> exists) {
    switch (key) {
      case "name":
        doc.put(key, requireText(value, key));
        break;
      case "sessionId":
        doc.put(key, session(value));
        break;
      case "description":
      case "attainmentTypeString":
        doc.put(key, optionalText(value, key));
        break;
      case "ownerIds":
        List<String> owners = textList(value, key);
        if (owners.isEmpty()) {
          throw ApiError.badRequest("ownerIds needs at least one owner");
        }
        for (String owner : owners) {
          requireMember(owner, "owner");
        }
        doc.put("ownerIds", owners);
        doc.put("ownerId", owners.get(0));
        doc.put("links", links(owners.get(0)));
        break;
      case "parentId":
        doc.put("parentId", parent(value, (String) doc.get("id"), exists));
        break;
      case "dateFrom":
      case "dateTo":
        doc.put(key, value == null ? null : Sessions.normalize(value, key));
        break;
      case "tags":
        // An explicit null clears, as it does for every optional field.
        doc.put("tags", value == null ? new ArrayList<>() : tags(value));
        break;
      case "customFields":
        if (value == null) {
          doc.put("customFields", new LinkedHashMap<>());
          break;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> custom = (Map<String, Object>) doc.computeIfAbsent("customFields", k -> new LinkedHashMap<>());
        // Entries merge; an entry sent as null is kept as null (the field is set to nothing).
        custom.putAll(JsonTree.copy(object(value, "customFields")));
        break;
      case "assignee":
        doc.put("assignee", value == null ? null : assignee(value));
        break;
      default:
        break;
    }
  }

  private List<Object> tags(Object value) {
    if (!(value instanceof List)) {
      throw ApiError.badRequest("tags must be an array");
    }
    List<Object> tags = new ArrayList<>();
    for (Object item : (List<?>) value) {
      Map<String, Object> tag = JsonTree.copy(object(item, "tag"));
      requireText(tag.get("title"), "tag title");
      tag.putIfAbsent("id", ids.next());
      tags.add(tag);
    }
    return tags;
  }

  /** A session id the account has; 400 for one it does not, as for an unknown parent. */
  private String session(Object value) {
    String sessionId = requireText(value, "sessionId");
    if (sessions.window(sessionId) == null) {
      throw ApiError.badRequest("session '" + sessionId + "' not found");
    }
    return sessionId;
  }

  private static Map<String, Object> assignee(Object value) {
    Map<String, Object> assignee = JsonTree.copy(object(value, "assignee"));
    Object id = assignee.get("id");
    if (id != null) {
      requireMember(requireText(id, "assignee id"), "assignee");
    }
    return assignee;
  }

  /** A user or team of the account; 400 for an id nobody has. */
  private static void requireMember(String id, String role) {
    if (Directory.find(id).isEmpty()) {
      throw ApiError.badRequest(role + " '" + id + "' is not a user or team of the account");
    }
  }

  private static String parent(Object value, String selfId, Predicate<String> exists) {
    String parentId = optionalText(value, "parentId");
    if (parentId == null || parentId.isBlank()) {
      return "";
    }
    if (parentId.equals(selfId)) {
      throw ApiError.badRequest("a goal cannot be its own parent");
    }
    if (!exists.test(parentId)) {
      throw ApiError.badRequest("parent goal '" + parentId + "' not found");
    }
    return parentId;
  }

  private static Map<String, Object> links(String ownerId) {
    Map<String, Object> owner = new LinkedHashMap<>();
    owner.put("id", ownerId);
    Directory.find(ownerId).ifPresent(member -> {
      owner.put("name", member.name);
      owner.put("type", member.type);
    });
    Map<String, Object> expanded = new LinkedHashMap<>();
    expanded.put("owners", new ArrayList<>(List.of(owner)));
    Map<String, Object> links = new LinkedHashMap<>();
    links.put("expanded", expanded);
    return links;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object value, String name) {
    if (!(value instanceof Map)) {
      throw ApiError.badRequest(name + " must be a JSON object");
    }
    return (Map<String, Object>) value;
  }

  static String requireText(Object value, String name) {
    if (!(value instanceof String) || ((String) value).isBlank()) {
      throw ApiError.badRequest(name + " is required");
    }
    return (String) value;
  }

  static List<String> textList(Object value, String name) {
    if (!(value instanceof List)) {
      throw ApiError.badRequest(name + " must be an array of ids");
    }
    List<String> items = new ArrayList<>();
    for (Object item : (List<?>) value) {
      items.add(requireText(item, name + " entry"));
    }
    return items;
  }

  private static String optionalText(Object value, String name) {
    if (value != null && !(value instanceof String)) {
      throw ApiError.badRequest(name + " must be a string");
    }
    return (String) value;
  }
}
