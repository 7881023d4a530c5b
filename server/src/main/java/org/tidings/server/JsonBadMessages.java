package org.tidings.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's answer to a request it refuses before any route sees it (a path with {@code %00} or an
 * ambiguous encoding, a malformed request line or header): the API's JSON error instead of
 * Jetty's HTML page, with the same {@code nosniff} header as every other answer.
 */
final class JsonBadMessages extends ErrorHandler {
  private final Views views;

  JsonBadMessages(Views views) {
    this.views = views;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Respond.JSON);
    fields.put("X-Content-Type-Options", "nosniff");
    String message = status == 431 ? "the request headers are too large"
        : status == 414 ? "the request address is too long"
        : reason == null || reason.isBlank() ? "bad request" : "bad request: " + Params.shown(reason);
    return ByteBuffer.wrap(views.write(views.error(message)).getBytes(StandardCharsets.UTF_8));
  }
}
