package org.tidings.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.tidings.core.json.CodedArticleJson;
import org.tidings.core.model.ActorMention;
import org.tidings.core.model.ArticleError;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.model.EventMention;
import org.tidings.core.model.Quote;
import org.tidings.core.model.QuoteKind;

/** The three output formats of {@code tidings code}. */
final class Writers {
  private Writers() {}

  /** Writes coded articles one at a time. */
  interface Writer {
    default void begin() {}

    void write(CodedArticle c);
  }

  static Writer of(CodeCommand.Format format, PrintWriter out) {
    return switch (format) {
      case json -> json(out);
      case tsv -> tsv(out);
      case text -> text(out);
    };
  }

  static Writer json(PrintWriter out) {
    CodedArticleJson json = new CodedArticleJson();
    return c -> out.println(json.write(c));
  }

  static final String[] TSV_COLUMNS = {"article", "event", "group", "sentence", "source_code", "source_name",
      "source_text", "cameo", "cameo_name", "plover", "quad_class", "goldstein", "target_code", "target_name",
      "target_text", "mode", "date", "date_basis", "place", "place_country", "lat", "lon", "confidence", "trigger",
      "reported_by", "evidence"};

  static Writer tsv(PrintWriter out) {
    return new Writer() {
      @Override
      public void begin() {
        out.println(String.join("\t", TSV_COLUMNS));
      }

      @Override
      public void write(CodedArticle c) {
        String text = c.article().text();
        for (EventMention e : c.events()) {
          ActorMention t = e.target();
          String[] row = {c.article().id(), e.id(), e.group(), String.valueOf(e.sentence()), e.source().actor().code(),
              e.source().actor().name(), e.source().text(), e.type().cameo(), e.type().name(), e.type().plover(),
              String.valueOf(e.type().quadClass()), String.valueOf(e.type().goldstein()),
              t == null ? null : t.actor().code(), t == null ? null : t.actor().name(), t == null ? null : t.text(),
              e.mode().label(), e.date() == null ? null : e.date().value(), e.dateBasis().label(),
              e.place() == null ? null : e.place().name(), e.place() == null ? null : e.place().country(),
              e.place() == null || e.place().lat() == null ? null : String.valueOf(e.place().lat()),
              e.place() == null || e.place().lon() == null ? null : String.valueOf(e.place().lon()),
              String.valueOf(e.confidence()), e.trigger().of(text),
              e.reportedBy() == null ? null : e.reportedBy().actor().code(), e.evidence().of(text)};
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < row.length; i++) {
            if (i > 0) {
              sb.append('\t');
            }
            sb.append(row[i] == null ? "" : row[i].replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
          }
          out.println(sb);
        }
      }
    };
  }

  static Writer text(PrintWriter out) {
    return c -> {
      String text = c.article().text();
      out.println("== " + c.article().id() + (c.article().date() == null ? "" : " (" + c.article().date() + ")")
          + ": " + c.events().size() + " events, " + c.quotes().size() + " quotes, " + c.mentions().size()
          + " actor mentions");
      for (EventMention e : c.events()) {
        if (e.type().root().equals("01")) {
          continue;
        }
        String target = e.target() == null ? "-" : who(e.target());
        out.printf(Locale.ROOT, "  %-10s %-28s %-4s %-36s %-28s %-16s %s%s%n",
            e.date() == null ? "?" : e.date().value(), fit(who(e.source()), 28), e.type().cameo(),
            fit("\"" + e.trigger().of(text) + "\" " + e.type().name(), 36), fit(target, 28),
            fit(e.place() == null ? "" : e.place().name(), 16), e.mode().label(),
            e.reportedBy() == null ? "" : " by " + who(e.reportedBy()));
      }
      for (Quote q : c.quotes()) {
        if (q.kind() == QuoteKind.INDIRECT) {
          continue;
        }
        String words = q.text().length() > 80 ? q.text().substring(0, 77) + "..." : q.text();
        out.println("  \u201C" + words + "\u201D  \u2014 " + (q.speaker() == null ? "(no speaker)" : who(q.speaker())));
      }
      for (ArticleError e : c.errors()) {
        out.println("  ! " + e.code() + ": " + e.message());
      }
    };
  }

  /** Cut to a column's width, marking the cut. */
  static String fit(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "\u2026";
  }

  private static String who(ActorMention m) {
    String name = m.actor().name();
    return m.actor().code() + (name == null ? "" : " " + name);
  }
}
