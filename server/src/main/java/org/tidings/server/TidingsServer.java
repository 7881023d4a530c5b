package org.tidings.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.lang.System.Logger.Level;
import org.tidings.core.pipeline.TidingsCoder;
import org.tidings.store.EventDays;
import org.tidings.store.Store;
import org.tidings.store.StoreException;
import org.tidings.store.search.SearchIndex;

/**
 * The Tidings HTTP API on an open store, and the analyst's web page at {@code /} (our files
 * under {@code web/} and the WebJars' under {@code /webjars/}, both from the class path). Every
 * API answer is JSON and carries {@code X-Content-Type-Options: nosniff} and a
 * Content-Security-Policy that allows nothing to load; the page's files carry one that allows
 * only this server's own scripts, styles, images (and data: images), data and nothing inline.
 * A refused request gets {@code {"error": "..."}} with 400, 401, 404, 413 or 503 (a write to a
 * store opened read-only, or one the disk or file refuses: full, read-only), an unexpected
 * failure 500 with "internal error" only (the cause is logged). Write requests need the token.
 * The caller keeps the store open while the server runs and closes it after {@link #close()}.
 */
public final class TidingsServer implements AutoCloseable {
  static final String CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  static final String PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  private static final System.Logger LOG = System.getLogger(TidingsServer.class.getName());
  private final Javalin app;
  private final ReadPool reads;
  private final SearchIndex index;

  private TidingsServer(Javalin app, ReadPool reads, SearchIndex index) {
    this.app = app;
    this.reads = reads;
    this.index = index;
  }

  /**
   * Starts a server on {@code store} as {@code settings} say; returns once it listens. A store
   * opened read-only ({@link Store#readOnly()}) is served read-only: every request that would
   * write (any method but GET, HEAD and OPTIONS under {@code /api/}) gets 503 saying so, before
   * the token is asked for, and the timeline reads the events when its summary is behind.
   */
  public static TidingsServer start(ServerSettings settings, Store store, ApiToken token, ArticleCoder coder) {
    if (!store.readOnly()) {
      EventDays.of(store).refresh();
    }
    // the full-text index beside the store, brought in step before the first request
    SearchIndex index = SearchIndex.openFor(store, m -> LOG.log(Level.INFO, m));
    ReadPool reads = new ReadPool(store, settings.readConnections());
    try {
      Views views = new Views();
      Respond respond = new Respond(views);
      Intake intake = new Intake(store, reads, coder, views, settings.maxArticlesPerRequest(), index);
      SearchRoutes search = new SearchRoutes(index, store, views, respond);
      EventRoutes events = new EventRoutes(reads, views, respond);
      MapRoutes maps = new MapRoutes(reads, views, respond);
      ArticleRoutes articles = new ArticleRoutes(reads, views, respond, intake, settings.maxBodyBytes());
      CatalogueRoutes catalogue = new CatalogueRoutes(reads, views, respond, new CatalogueRoutes.Health(
          TidingsCoder.version(), store.schemaVersion(), coder, store.readOnly()));
      Javalin app = Javalin.create(config -> {
        config.showJavalinBanner = false;
        config.http.maxRequestSize = settings.maxBodyBytes();
        config.router.ignoreTrailingSlashes = true;
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonBadMessages(views)));
        WebPage.serve(config.staticFiles);
      });
      app.before(ctx -> {
        boolean api = ctx.path().startsWith("/api/");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", api ? CSP : PAGE_CSP);
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", api ? "no-store" : "no-cache");
        if (!api) {
          WebPage.refuseTraversal(ctx);
        }
      });
      if (store.readOnly()) {
        app.before("/api/*", TidingsServer::refuseWrites);
      }
      app.before("/api/*", ctx -> requireToken(ctx, token));
      app.get("/api/health", catalogue::health);
      app.get("/api/articles", articles::list);
      app.get("/api/articles/{id}", articles::one);
      app.post("/api/articles", articles::post);
      app.get("/api/events", events::events);
      app.get("/api/stories", events::stories);
      app.get("/api/timeline", events::timeline);
      app.get("/api/actors", catalogue::actors);
      app.get("/api/quotes", catalogue::quotes);
      app.get("/api/search", search::search);
      app.get("/api/types", catalogue::types);
      app.get("/api/network", maps::network);
      app.get("/api/map", maps::map);
      app.exception(ApiException.class, (e, ctx) -> {
        if (e.status() == 401) {
          ctx.header("WWW-Authenticate", "Bearer");
        }
        respond.error(ctx, e.status(), e.getMessage());
      });
      app.exception(HttpResponseException.class, (e, ctx) -> respond.error(ctx, e.getStatus(), message(e)));
      app.exception(StoreException.class, (e, ctx) -> {
        if (!e.stopsWrites()) {
          LOG.log(Level.ERROR, "internal error on " + ctx.method() + " " + ctx.path(), e);
          respond.error(ctx, 500, "internal error");
          return;
        }
        // a full disk or a read-only file: the client is told to come back, the log says which file
        LOG.log(Level.WARNING, ctx.method() + " " + ctx.path() + ": " + e.getMessage());
        respond.error(ctx, 503, "the store cannot be written now (the disk is full or its file is read-only); "
            + "try again later: articles already stored are not stored twice");
      });
      app.exception(Exception.class, (e, ctx) -> {
        LOG.log(Level.ERROR, "internal error on " + ctx.method() + " " + ctx.path(), e);
        respond.error(ctx, 500, "internal error");
      });
      app.error(HttpStatus.NOT_FOUND, ctx -> {
        if (!ctx.result().startsWith("{\"error\"")) {
          respond.error(ctx, 404, "no such endpoint: " + ctx.method() + " " + Params.shown(ctx.path()));
        }
      });
      app.error(HttpStatus.METHOD_NOT_ALLOWED, ctx -> respond.error(ctx, 405, "method not allowed"));
      app.start(settings.host(), settings.port());
      return new TidingsServer(app, reads, index);
    } catch (RuntimeException e) {
      reads.close();
      index.close();
      throw e;
    }
  }

  private static boolean writes(Context ctx) {
    String m = ctx.method().name();
    return !m.equals("GET") && !m.equals("HEAD") && !m.equals("OPTIONS");
  }

  private static void refuseWrites(Context ctx) {
    if (writes(ctx)) {
      throw new ApiException(503, "the store is read-only (its file cannot be written), so this server only "
          + "reads it; make the file writable and start the server again to post articles");
    }
  }

  private static void requireToken(Context ctx, ApiToken token) {
    if (writes(ctx) && !token.admits(ctx.header("Authorization"))) {
      throw new ApiException(401, ctx.header("Authorization") == null
          ? "this request needs the token: Authorization: Bearer <token> (the token is in the file beside the store)"
          : "the token is wrong");
    }
  }

  private static String message(HttpResponseException e) {
    return switch (e.getStatus()) {
      case 404 -> "not found";
      case 405 -> "method not allowed";
      case 413 -> "the request body is too large";
      default -> e.getStatus() >= 500 ? "internal error" : "bad request";
    };
  }

  /** The port it listens on (the one chosen when the settings said 0). */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
    reads.close();
    index.close();
  }
}
