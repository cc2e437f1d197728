package io.okrsdk.testing.gtmhub;

import com.squareup.moshi.JsonAdapter;
import io.okrsdk.testing.FakeGtmhubServer;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sessions, users and teams of the fake account, read-only: {@code GET api/v2/sessions}, {@code
 * GET api/v1/sessions/{id}}, {@code GET api/v1/users} (paged by {@code take} or {@code limit}),
 * {@code GET api/v1/users/{id}}, {@code GET api/v2/teams}, {@code GET api/v1/teams/{id}}. Lists
 * take the goals listing's filter, sort, projection and paging; unknown ids answer 404.
 */
final class AccountEndpoints {
  private final Sessions sessions;
  private final String accountId;
  private final JsonAdapter<Object> lenientJson;

  AccountEndpoints(Sessions sessions, String accountId, JsonAdapter<Object> lenientJson) {
    this.sessions = sessions;
    this.accountId = accountId;
    this.lenientJson = lenientJson;
  }

  void register(RouteTable routes) {
    routes.add("GET", "api/v2/sessions", e -> DocumentListing.answer(e, sessionDocs(), lenientJson, "limit"));
    routes.add("GET", "api/v1/sessions/{sessionId}", e -> Reply.json(200, DocumentListing.one(e, session(e.param("sessionId")))));
    routes.add("GET", "api/v1/users", e -> DocumentListing.answer(e, members(true), lenientJson, "take", "limit"));
    routes.add("GET", "api/v1/users/{userId}", e -> Reply.json(200, DocumentListing.one(e, member(e.param("userId"), true))));
    routes.add("GET", "api/v2/teams", e -> DocumentListing.answer(e, members(false), lenientJson, "limit"));
    routes.add("GET", "api/v1/teams/{teamId}", e -> Reply.json(200, DocumentListing.one(e, member(e.param("teamId"), false))));
  }

  private List<Map<String, Object>> sessionDocs() {
    List<Map<String, Object>> docs = new ArrayList<>();
    for (String id : List.of(FakeGtmhubServer.PAST_SESSION_ID, FakeGtmhubServer.CURRENT_SESSION_ID,
        FakeGtmhubServer.NEXT_SESSION_ID)) {
      docs.add(sessionDoc(id));
    }
    return docs;
  }

  private Map<String, Object> session(String id) {
    if (sessions.window(id) == null) {
      throw ApiError.notFound("session '" + id + "' not found");
    }
    return sessionDoc(id);
  }

  private Map<String, Object> sessionDoc(String id) {
    Sessions.Window window = sessions.window(id);
    ZonedDateTime start = window.from.atZone(ZoneOffset.UTC);
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("id", id);
    doc.put("accountId", accountId);
    doc.put("title", "Q" + ((start.getMonthValue() - 1) / 3 + 1) + " " + start.getYear());
    doc.put("start", Sessions.format(window.from));
    doc.put("end", Sessions.format(window.to));
    doc.put("status", window.to.isBefore(sessions.instant()) ? "archived" : "open");
    doc.put("parentId", "");
    doc.put("color", "#0b5cff");
    doc.put("ownerIds", new ArrayList<>(List.of(FakeGtmhubServer.USER_ID)));
    return doc;
  }

  private List<Map<String, Object>> members(boolean users) {
    List<Map<String, Object>> docs = new ArrayList<>();
    for (Directory.Member member : Directory.MEMBERS) {
      if (member.isUser() == users) {
        docs.add(memberDoc(member));
      }
    }
    return docs;
  }

  private Map<String, Object> member(String id, boolean user) {
    return Directory.find(id)
        .filter(member -> member.isUser() == user)
        .map(this::memberDoc)
        .orElseThrow(() -> ApiError.notFound((user ? "user '" : "team '") + id + "' not found"));
  }

  private Map<String, Object> memberDoc(Directory.Member member) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("id", member.id);
    doc.put("accountId", accountId);
    if (member.isUser()) {
      int space = member.name.indexOf(' ');
      doc.put("email", member.email);
      doc.put("firstName", member.name.substring(0, space));
      doc.put("lastName", member.name.substring(space + 1));
      doc.put("picture", member.avatar());
    } else {
      doc.put("name", member.name);
      doc.put("description", "");
      doc.put("color", "#87a6bc");
      doc.put("avatar", "users_multiple-11");
      doc.put("members", new ArrayList<>(member.memberIds));
      doc.put("manager", member.memberIds.isEmpty() ? "" : member.memberIds.get(0));
    }
    return doc;
  }
}
