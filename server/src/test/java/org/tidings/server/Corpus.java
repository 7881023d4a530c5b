package org.tidings.server;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tidings.core.model.Actor;
import org.tidings.core.model.ActorMention;
import org.tidings.core.model.Article;
import org.tidings.core.model.ArticleError;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.model.DateBasis;
import org.tidings.core.model.EventMention;
import org.tidings.core.model.EventType;
import org.tidings.core.model.Focus;
import org.tidings.core.model.MentionKind;
import org.tidings.core.model.Mode;
import org.tidings.core.model.Place;
import org.tidings.core.model.Provenance;
import org.tidings.core.model.Quote;
import org.tidings.core.model.QuoteKind;
import org.tidings.core.model.Span;
import org.tidings.core.model.TimeValue;
import org.tidings.store.Store;

/**
 * Hand-made coded articles for API tests (invented sentences, no models): a shelling, a meeting
 * with a quote, an accusation, a planned meeting dated to a month, and an article that failed.
 */
final class Corpus {
  static final Provenance PROVENANCE = new Provenance("test", Map.of("cameo.tsv", "v1 abc"));
  static final Actor RUSMIL = new Actor("RUSMIL", "RUS", "MIL", null);
  static final Actor UKR = new Actor("UKR", "UKR", null, "Ukraine");
  static final Actor FRAGOV = new Actor("FRAGOV", "FRA", "GOV", "Emmanuel Macron");
  static final Actor UKRGOV = new Actor("UKRGOV", "UKR", "GOV", "Volodymyr Zelensky");
  static final Actor USAGOV = new Actor("USAGOV", "USA", "GOV", null);
  static final Actor RUSGOV = new Actor("RUSGOV", "RUS", "GOV", null);
  static final Actor NATO = Actor.organisation("NATO", "NATO");
  static final Actor FINGOV = new Actor("FINGOV", "FIN", "GOV", null);

  private Corpus() {}

  /** Stores the five articles. */
  static void fill(Store store) {
    var w = store.writer();
    for (CodedArticle c : all()) {
      w.store(c);
    }
    store.stories().rebuild();
  }

  static List<CodedArticle> all() {
    return List.of(shelling(), meeting(), accusation(), planned(), failed());
  }

  static CodedArticle shelling() {
    String text = "Russian forces shelled Kharkiv in Ukraine on Monday, officials said.";
    EventMention e = event("a1:0", text, mention(text, "Russian forces", RUSMIL), mention(text, "Ukraine", UKR),
        "shelled", new EventType("195", "Use aerial weapons", "ASSAULT", 4, -10.0), Mode.ASSERTED, "2022-02-07",
        DateBasis.TEXT, new Place("Kharkiv", "UKR", 49.99, 36.23, span(text, "Kharkiv")));
    return coded("a1", "Wire A", LocalDate.of(2022, 2, 8), text, List.of(e), List.of());
  }

  static CodedArticle meeting() {
    String text = "Emmanuel Macron met Volodymyr Zelensky in Kyiv and said they were \"absolutely united\".";
    ActorMention macron = mention(text, "Emmanuel Macron", FRAGOV);
    EventMention e = event("a2:0", text, macron, mention(text, "Volodymyr Zelensky", UKRGOV), "met",
        new EventType("042", "Make a visit", "CONSULT", 1, 1.9), Mode.ASSERTED, "2022-02-08",
        DateBasis.PUBLICATION, new Place("Kyiv", "UKR", 50.45, 30.52, span(text, "Kyiv")));
    Quote q = new Quote("absolutely united", span(text, "absolutely united"), macron, "said", QuoteKind.PARTIAL, null);
    return coded("a2", "Wire B", LocalDate.of(2022, 2, 8), text, List.of(e), List.of(q));
  }

  static CodedArticle accusation() {
    String text = "Washington accused Moscow of massing troops, the agency reported.";
    EventMention e = event("a3:0", text, mention(text, "Washington", USAGOV), mention(text, "Moscow", RUSGOV),
        "accused", new EventType("112", "Accuse of crime", "ACCUSE", 3, -2.0), Mode.REPORTED, "2022-02-09",
        DateBasis.TEXT, new Place("Washington", "USA", 38.9, -77.04, null));
    return coded("a3", "Wire B", LocalDate.of(2022, 2, 9), text, List.of(e), List.of());
  }

  static CodedArticle planned() {
    String text = "NATO ministers will meet Finland's government in Brussels in January.";
    EventMention e = event("a4:0", text, mention(text, "NATO ministers", NATO),
        mention(text, "Finland's government", FINGOV), "meet",
        new EventType("040", "Consult", "CONSULT", 1, 1.0), Mode.PLANNED, "2022-01", DateBasis.TEXT,
        new Place("Brussels", "BEL", 50.85, 4.35, null));
    return coded("a4", "Wire C", LocalDate.of(2021, 12, 20), text, List.of(e), List.of());
  }

  static CodedArticle failed() {
    Article a = new Article("a5", LocalDate.of(2022, 2, 10), null, null, "Wire C", "");
    return CodedArticle.failed(a, new ArticleError("empty_text", "the article has no text"), PROVENANCE);
  }

  static ActorMention mention(String text, String words, Actor actor) {
    return new ActorMention(actor, words, span(text, words), 0, 0, MentionKind.NAME, actor.name() != null, null);
  }

  static Span span(String text, String words) {
    int at = text.indexOf(words);
    if (at < 0) {
      throw new IllegalArgumentException("not in text: " + words);
    }
    return new Span(at, at + words.length());
  }

  static EventMention event(String id, String text, ActorMention source, ActorMention target, String trigger,
      EventType type, Mode mode, String date, DateBasis basis, Place place) {
    return new EventMention(id, "g-" + id, 0, new Span(0, text.length()), span(text, trigger), source, target, type,
        mode, new TimeValue(date), basis, place, 0.8, null, "verb-patterns.tsv:1");
  }

  static CodedArticle coded(String id, String publisher, LocalDate published, String text, List<EventMention> events,
      List<Quote> quotes) {
    Article a = new Article(id, published, "Title of " + id, "https://example.org/" + id, publisher, text);
    return new CodedArticle(a, events, quotes, List.of(), List.of(), List.of(), PROVENANCE, new Focus("UKR", null));
  }
}
