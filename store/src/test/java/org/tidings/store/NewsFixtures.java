package org.tidings.store;

import java.time.LocalDate;
import java.util.List;
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
import org.tidings.core.model.Place;
import org.tidings.core.model.Quote;
import org.tidings.core.model.QuoteKind;
import org.tidings.core.model.Span;
import org.tidings.core.model.TimeValue;

/**
 * Four hand-made coded articles (invented sentences, no models) for the search and export tests:
 * a shelling of Kharkiv with a condemnation and a quote, a second report of the same shelling by
 * another publisher (one story of two articles), a meeting in Berlin, and a protest whose
 * sentence holds quotes, commas and a line break.
 */
public final class NewsFixtures {
  public static final String KHARKIV = "Russian forces shelled Kharkiv on Monday, killing three civilians. "
      + "\"We will not stop,\" said Vladimir Putin. Ukraine's foreign ministry condemned the attack.";
  public static final String ECHO = "Russian forces shelled Kharkiv again on Monday.";
  public static final String BERLIN = "French President Emmanuel Macron met Olaf Scholz in Berlin on Tuesday. "
      + "They discussed sanctions on Russia.";
  public static final String MINSK = "Protesters in Minsk said \"no, never\", and marched,\nthen dispersed.";
  private static final Place KHARKIV_PLACE = new Place("Kharkiv", "UKR", 49.99, 36.23, null);

  private NewsFixtures() {}

  public static List<CodedArticle> all() {
    return List.of(kharkiv(), echo(), berlin(), minsk());
  }

  public static CodedArticle kharkiv() {
    String t = KHARKIV;
    ActorMention rus = mention(t, "Russian forces", new Actor("RUSMIL", "RUS", "MIL", null));
    ActorMention ukr = mention(t, "Kharkiv", new Actor("UKR", "UKR", null, "Ukraine"));
    ActorMention ministry = mention(t, "Ukraine's foreign ministry", new Actor("UKRGOV", "UKR", "GOV", null));
    ActorMention putin = mention(t, "Vladimir Putin", new Actor("RUSGOV", "RUS", "GOV", "Vladimir Putin"));
    EventMention shelled = event(t, "wire-1:0", 0, sentence(t, 0), rus, ukr, "shelled",
        new EventType("195", "Employ aerial weapons", "ASSAULT", 4, -10.0), Mode.ASSERTED, "2022-02-07",
        DateBasis.TEXT, KHARKIV_PLACE);
    EventMention condemned = event(t, "wire-1:1", 2, sentence(t, 2), ministry, rus, "condemned",
        new EventType("111", "Criticize or denounce", "DISAPPROVE", 3, -2.0), Mode.ASSERTED, "2022-02-08",
        DateBasis.PUBLICATION, null);
    Quote q = new Quote("We will not stop,", span(t, "We will not stop,"), putin, "said", QuoteKind.DIRECT, null);
    return coded(new Article("wire-1", LocalDate.of(2022, 2, 8), "Kharkiv shelled", "https://example.org/wire-1",
        "Example Wire", t), List.of(shelled, condemned), List.of(q), List.of(rus, ukr, ministry, putin), "UKR");
  }

  public static CodedArticle echo() {
    String t = ECHO;
    ActorMention rus = mention(t, "Russian forces", new Actor("RUSMIL", "RUS", "MIL", null));
    ActorMention ukr = mention(t, "Kharkiv", new Actor("UKR", "UKR", null, "Ukraine"));
    EventMention shelled = event(t, "echo-2:0", 0, new Span(0, t.length()), rus, ukr, "shelled",
        new EventType("195", "Employ aerial weapons", "ASSAULT", 4, -10.0), Mode.ASSERTED, "2022-02-07",
        DateBasis.TEXT, KHARKIV_PLACE);
    return coded(new Article("echo-2", LocalDate.of(2022, 2, 8), "Kharkiv again", null, "Echo News", t),
        List.of(shelled), List.of(), List.of(rus, ukr), "UKR");
  }

  public static CodedArticle berlin() {
    String t = BERLIN;
    ActorMention macron = mention(t, "French President Emmanuel Macron",
        new Actor("FRAGOV", "FRA", "GOV", "Emmanuel Macron"));
    ActorMention scholz = mention(t, "Olaf Scholz", new Actor("DEUGOV", "DEU", "GOV", "Olaf Scholz"));
    EventMention met = event(t, "planet-7:0", 0, sentence(t, 0), macron, scholz, "met",
        new EventType("042", "Make a visit", "CONSULT", 1, 1.9), Mode.ASSERTED, "2022-02-08", DateBasis.TEXT,
        new Place("Berlin", "DEU", 52.52, 13.40, span(t, "Berlin")));
    return coded(new Article("planet-7", LocalDate.of(2022, 2, 9), "Leaders meet", "https://example.org/planet-7",
        "Daily Planet", t), List.of(met), List.of(), List.of(macron, scholz), "DEU");
  }

  public static CodedArticle minsk() {
    String t = MINSK;
    ActorMention crowd = mention(t, "Protesters", new Actor("BLRCVL", "BLR", "CVL", null));
    EventMention marched = event(t, "odd-3:0", 0, new Span(0, t.length()), crowd, null, "marched",
        new EventType("141", "Demonstrate or rally", "PROTEST", 3, -6.5), Mode.ASSERTED, "2022-02", DateBasis.TEXT,
        new Place("Minsk", "BLR", 53.90, 27.57, span(t, "Minsk")));
    Quote q = new Quote("no, never", span(t, "no, never"), crowd, "said", QuoteKind.PARTIAL, null);
    return coded(new Article("odd-3", LocalDate.of(2022, 2, 10), "Minsk, again", null, "Wire, \"Quoted\" Ltd", t),
        List.of(marched), List.of(q), List.of(crowd), "BLR");
  }

  private static CodedArticle coded(Article a, List<EventMention> events, List<Quote> quotes,
      List<ActorMention> mentions, String focus) {
    return new CodedArticle(a, events, quotes, mentions, List.of(), List.of(), Fixtures.PROVENANCE,
        new Focus(focus, null));
  }

  /** The span of sentence {@code n} of a text whose sentences end with ". ". */
  static Span sentence(String text, int n) {
    int start = 0;
    for (int i = 0; i < n; i++) {
      start = text.indexOf(". ", start) + 2;
    }
    int end = text.indexOf(". ", start);
    return new Span(start, end < 0 ? text.length() : end + 1);
  }

  static Span span(String text, String words) {
    int at = text.indexOf(words);
    return new Span(at, at + words.length());
  }

  static ActorMention mention(String text, String words, Actor actor) {
    return new ActorMention(actor, words, span(text, words), 0, 0, MentionKind.NAME, actor.name() != null, null);
  }

  private static EventMention event(String text, String id, int sentence, Span evidence, ActorMention source,
      ActorMention target, String trigger, EventType type, Mode mode, String date, DateBasis basis, Place place) {
    int at = text.indexOf(trigger);
    return new EventMention(id, id, sentence, evidence, new Span(at, at + trigger.length()), source, target, type,
        mode, new TimeValue(date), basis, place, 0.8, null, "verb-patterns.tsv:1");
  }

  /** Stores every fixture article and rebuilds stories. */
  public static void storeAll(Store store) {
    ArticleWriter w = store.writer();
    all().forEach(w::store);
    store.stories().rebuild();
  }
}
