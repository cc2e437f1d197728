package io.okrsdk.testing.jira;

/** A request the fake refuses: the status to answer with and why. */
final class JiraHttpError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  JiraHttpError(int status, String message) {
    super(message);
    this.status = status;
  }

  static JiraHttpError badRequest(String message) {
    return new JiraHttpError(400, message);
  }

  static JiraHttpError notFound(String message) {
    return new JiraHttpError(404, message);
  }

  int status() {
    return status;
  }
}
