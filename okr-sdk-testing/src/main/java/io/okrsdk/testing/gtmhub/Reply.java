package io.okrsdk.testing.gtmhub;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an endpoint answers: a status and a JSON body, or no body. */
final class Reply {
  final int status;
  final Object body;

  private Reply(int status, Object body) {
    this.status = status;
    this.body = body;
  }

  static Reply json(int status, Object body) {
    return new Reply(status, body);
  }

  static Reply empty(int status) {
    return new Reply(status, null);
  }

  /** The API's list envelope. */
  static Reply list(List<?> items, long totalCount) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("items", items);
    envelope.put("totalCount", totalCount);
    return new Reply(200, envelope);
  }

  Reply withStatus(int newStatus) {
    return new Reply(newStatus, body);
  }

  static Reply error(int status, String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("error", message);
    error.put("statusCode", status);
    return new Reply(status, error);
  }
}
