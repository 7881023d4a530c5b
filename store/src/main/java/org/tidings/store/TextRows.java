package org.tidings.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tidings.core.model.ActorMention;
import org.tidings.core.model.EventMention;
import org.tidings.core.model.Quote;
import org.tidings.core.model.Span;

/**
 * Inserts what an article says around its events: the sentences that support an event (the coded
 * article carries no other sentence boundaries), every actor mention, and every quote with the
 * event it backs (an event whose evidence holds the quote and whose source or reporter is the speaker).
 */
final class TextRows {
  private final Connection connection;

  TextRows(Connection connection) {
    this.connection = connection;
  }

  void insertSentences(long key, String text, List<EventMention> events) throws SQLException {
    Map<Integer, Span> sentences = new TreeMap<>();
    events.forEach(e -> sentences.putIfAbsent(e.sentence(), e.evidence()));
    try (PreparedStatement p = connection.prepareStatement("INSERT INTO sentences VALUES (?, ?, ?, ?, ?)")) {
      for (Map.Entry<Integer, Span> s : sentences.entrySet()) {
        Sql.bind(p, List.of(key, s.getKey(), s.getValue().start(), s.getValue().end(), s.getValue().of(text)));
        p.executeUpdate();
      }
    }
  }

  void insertMentions(long key, List<ActorMention> mentions) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(
        "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int n = 0;
      for (ActorMention m : mentions) {
        Sql.bind(p, Arrays.asList(key, n++, m.sentence(), m.span().start(), m.span().end(), m.text(),
            m.kind().name().toLowerCase(java.util.Locale.ROOT), m.person(), m.actor().code(), m.actor().name(),
            m.actor().country(), m.actor().sector(), m.antecedent() == null ? null : m.antecedent().text()));
        p.executeUpdate();
      }
    }
  }

  void insertQuotes(long key, List<Quote> quotes, List<EventMention> events) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(
        "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int n = 0;
      for (Quote q : quotes) {
        ActorMention s = q.speaker();
        Sql.bind(p, Arrays.asList(key, n++, q.text(), q.span().start(), q.span().end(), q.kind().label(), q.cue(),
            q.note(), s == null ? null : s.actor().code(), s == null ? null : s.actor().name(),
            s == null ? null : s.text(), linkedEvent(q, events)));
        p.executeUpdate();
      }
    }
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
