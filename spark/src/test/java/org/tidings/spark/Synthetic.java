package org.tidings.spark;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tidings.core.model.Actor;
import org.tidings.core.model.ActorMention;
import org.tidings.core.model.Article;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.model.DateBasis;
import org.tidings.core.model.EventMention;
import org.tidings.core.model.EventType;
import org.tidings.core.model.Focus;
import org.tidings.core.model.MentionKind;
import org.tidings.core.model.Mode;
import org.tidings.core.model.Provenance;
import org.tidings.core.model.Span;
import org.tidings.core.model.TimeValue;

/** Hand-made coded articles for tests without models (invented sentences). */
final class Synthetic {
  static final Provenance PROVENANCE = new Provenance("test", Map.of("events.tsv", "v1 abc"));

  private Synthetic() {}

  /**
   * An article {@code id} from {@code publisher}, published on {@code published}, with one event:
   * {@code source} does {@code cameo} to {@code target} (null: no target) on {@code date}.
   */
  static CodedArticle article(String id, String publisher, String published, String source, String target,
      String cameo, String date, DateBasis basis, Mode mode) {
    String text = "Officials of " + source + " acted on " + (target == null ? "nobody" : target)
        + " in report " + id + ", the wire " + publisher + " said.";
    ActorMention s = mention(text, source);
    ActorMention t = target == null ? null : mention(text, target);
    int at = text.indexOf("acted");
    EventType type = new EventType(cameo, "name of " + cameo, "CONSULT", 1, 1.0);
    EventMention e = new EventMention(id + ":0", "g-" + id, 0, new Span(0, text.length()), new Span(at, at + 5), s,
        t, type, mode, date == null ? null : new TimeValue(date), basis, null, 0.8, null, "verb-patterns.tsv:7");
    Article a = new Article(id, LocalDate.parse(published), "Title of " + id, null, publisher, text);
    return new CodedArticle(a, List.of(e), List.of(), List.of(s), List.of(), List.of(), PROVENANCE,
        new Focus(s.actor().country(), null));
  }

  private static ActorMention mention(String text, String code) {
    int at = text.indexOf(code);
    return new ActorMention(new Actor(code, code.substring(0, 3), code.length() > 3 ? code.substring(3) : null, null),
        code, new Span(at, at + code.length()), 0, 0, MentionKind.NAME, false, null);
  }
}
