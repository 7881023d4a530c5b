package org.tidings.server;

import io.javalin.config.StaticFilesConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.Locale;

/**
 * Where the web page comes from: {@code /} serves {@code web/} of the class path (index.html and
 * our scripts), {@code /webjars/NAME/VERSION/...} the files of the WebJars on the class path.
 * Nothing else of the class path is reachable: a path with a dot segment, a backslash or an
 * encoded dot or slash is refused before any file is looked up.
 */
final class WebPage {
  private WebPage() {}

  static void serve(StaticFilesConfig files) {
    files.add(s -> {
      s.hostedPath = "/";
      s.directory = "/web";
      s.location = Location.CLASSPATH;
    });
    files.enableWebjars();
  }

  /** Refuses (404) a request whose raw path could climb out of a served folder. */
  static void refuseTraversal(Context ctx) {
    String raw = ctx.req().getRequestURI();
    String lower = raw.toLowerCase(Locale.ROOT);
    if (lower.contains("..") || lower.contains("\\") || lower.contains("%2e") || lower.contains("%2f")
        || lower.contains("%5c") || lower.contains("/./") || lower.contains("//")) {
      throw ApiException.notFound("not found");
    }
  }
}
