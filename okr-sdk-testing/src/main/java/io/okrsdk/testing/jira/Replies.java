package io.okrsdk.testing.jira;

import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;

/** The fake's responses: JSON bodies, and errors as {@code {"status": ..., "message": ...}}. */
final class Replies {
  private final JiraJson json;

  Replies(JiraJson json) {
    this.json = json;
  }

  MockResponse json(int status, Class<?> type, Object body) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json")
        .body(json.write(type, body))
        .build();
  }

  MockResponse error(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("message", message);
    return json(status, Object.class, body);
  }
}
