package org.tidings.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;

/** Writes JSON answers: the body, its content type and the status. */
final class Respond {
  static final String JSON = "application/json; charset=utf-8";
  private final Views views;

  Respond(Views views) {
    this.views = views;
  }

  void ok(Context ctx, JsonNode body) {
    status(ctx, 200, body);
  }

  void status(Context ctx, int status, JsonNode body) {
    ctx.status(status).contentType(JSON).result(views.write(body));
  }

  void error(Context ctx, int status, String message) {
    status(ctx, status, views.error(message));
  }
}
