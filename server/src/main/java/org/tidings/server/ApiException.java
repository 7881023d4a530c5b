package org.tidings.server;

/**
 * A request the API refuses, with the HTTP status and a message for the caller (never a stack
 * trace): 400 bad parameter or body, 401 no or wrong token, 404 unknown article, 413 body too large.
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  ApiException(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, message);
  }

  int status() {
    return status;
  }
}
