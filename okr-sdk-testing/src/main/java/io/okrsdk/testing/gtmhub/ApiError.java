package io.okrsdk.testing.gtmhub;

/** An error answer of the fake: a status and a message, raised anywhere a request is refused. */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int status;

  ApiError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  static ApiError badRequest(String message) {
    return new ApiError(400, message);
  }

  static ApiError notFound(String message) {
    return new ApiError(404, message);
  }

  static ApiError goalNotFound(String goalId) {
    return notFound("goal '" + goalId + "' not found");
  }
}
