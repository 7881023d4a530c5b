package org.tidings.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.tidings.store.ArticleDocument;
import org.tidings.store.ArticleFilter;

/** {@code GET /api/articles}, {@code GET /api/articles/{id}} and {@code POST /api/articles}. */
final class ArticleRoutes {
  private final ReadPool reads;
  private final Views views;
  private final Respond respond;
  private final Intake intake;
  private final long maxBody;

  ArticleRoutes(ReadPool reads, Views views, Respond respond, Intake intake, long maxBody) {
    this.reads = reads;
    this.views = views;
    this.respond = respond;
    this.intake = intake;
    this.maxBody = maxBody;
  }

  void list(Context ctx) {
    Params params = Params.of(ctx, ArticleFilter.NAMES, Params.PAGING);
    ArticleFilter filter = EventRoutes.parse(() -> ArticleFilter.parse(params.only(ArticleFilter.NAMES)));
    var page = params.page();
    record Found(List<?> articles, long total) {}
    Found found = reads.read(s -> new Found(s.articles().find(filter, page), s.articles().count(filter)));
    respond.ok(ctx, views.page("articles", found.articles(), params, found.total()));
  }

  void one(Context ctx) {
    Params.of(ctx);
    String id = ctx.pathParam("id");
    if (id.length() > 300 || id.chars().anyMatch(Character::isISOControl)) {
      throw ApiException.badRequest("an article id has 1 to 300 characters and no control characters");
    }
    ArticleDocument d = reads.read(s -> s.articles().document(id))
        .orElseThrow(() -> ApiException.notFound("no article with id \"" + Params.shown(id) + "\""));
    ObjectNode n = (ObjectNode) views.parse(d.codedJson());
    n.put("article_key", d.articleKey());
    n.put("text", d.text());
    respond.ok(ctx, n);
  }

  void post(Context ctx) throws IOException {
    Params.of(ctx);
    List<Intake.Taken> taken = intake.take(intake.read(body(ctx)));
    boolean anyNew = taken.stream().anyMatch(t -> !t.alreadyStored());
    taken.forEach(t -> t.coded().put("already_stored", t.alreadyStored()));
    if (taken.size() == 1) {
      respond.status(ctx, anyNew ? 201 : 200, taken.get(0).coded());
      return;
    }
    ObjectNode root = views.mapper().createObjectNode();
    var list = root.putArray("articles");
    taken.forEach(t -> list.add(t.coded()));
    respond.status(ctx, anyNew ? 201 : 200, root);
  }

  /** The request body as UTF-8 text, refused (413) past the limit whether or not a length was announced. */
  private String body(Context ctx) throws IOException {
    long announced = ctx.req().getContentLengthLong();
    if (announced > maxBody) {
      throw tooLarge();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] buf = new byte[64 * 1024];
      for (int n; (n = in.read(buf)) > 0;) {
        if (out.size() + (long) n > maxBody) {
          throw tooLarge();
        }
        out.write(buf, 0, n);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(out.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      throw ApiException.badRequest("the body is not valid UTF-8");
    }
  }

  private ApiException tooLarge() {
    return new ApiException(413, "the request body is larger than the limit of " + maxBody / (1024 * 1024)
        + " MB; send fewer articles per request");
  }
}
