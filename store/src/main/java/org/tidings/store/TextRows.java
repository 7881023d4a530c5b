package org.tidings.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.tidings.core.model.ActorMention;
import org.tidings.core.model.EventMention;
import org.tidings.core.model.Quote;
import org.tidings.core.model.Span;

/**
 * The rows of what an article says around its events: the sentences that support an event (the
 * coded article carries no other sentence boundaries), every actor mention, and every quote with
 * the event it backs (an event whose evidence holds the quote and whose source or reporter is the speaker).
 */
final class TextRows {
  private TextRows() {}

  static List<List<Object>> sentences(long key, String text, List<EventMention> events) {
    Map<Integer, Span> sentences = new TreeMap<>();
    events.forEach(e -> sentences.putIfAbsent(e.sentence(), e.evidence()));
    List<List<Object>> out = new ArrayList<>();
    sentences.forEach((n, s) -> out.add(List.of(key, n, s.start(), s.end(), s.of(text))));
    return out;
  }

  static List<List<Object>> mentions(long key, List<ActorMention> mentions) {
    List<List<Object>> out = new ArrayList<>();
    int n = 0;
    for (ActorMention m : mentions) {
      out.add(Arrays.asList(key, n++, m.sentence(), m.span().start(), m.span().end(), m.text(),
          m.kind().name().toLowerCase(Locale.ROOT), m.person(), m.actor().code(), m.actor().name(),
          m.actor().country(), m.actor().sector(), m.antecedent() == null ? null : m.antecedent().text()));
    }
    return out;
  }

  static List<List<Object>> quotes(long key, List<Quote> quotes, List<EventMention> events) {
    List<List<Object>> out = new ArrayList<>();
    int n = 0;
    for (Quote q : quotes) {
      ActorMention s = q.speaker();
      out.add(Arrays.asList(key, n++, q.text(), q.span().start(), q.span().end(), q.kind().label(), q.cue(),
          q.note(), s == null ? null : s.actor().code(), s == null ? null : s.actor().name(),
          s == null ? null : s.text(), linkedEvent(q, events)));
    }
    return out;
  }

  static String linkedEvent(Quote q, List<EventMention> events) {
    if (q.speaker() == null) {
      return null;
    }
    String speaker = q.speaker().actor().code();
    for (EventMention e : events) {
      boolean said = e.source().actor().code().equals(speaker)
          || e.reportedBy() != null && e.reportedBy().actor().code().equals(speaker);
      if (said && e.evidence().overlaps(q.span())) {
        return e.id();
      }
    }
    return null;
  }
}
