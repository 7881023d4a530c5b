package org.tidings.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.tidings.core.model.Actor;
import org.tidings.core.model.ActorMention;
import org.tidings.core.model.EventMention;
import org.tidings.core.model.Place;

/** Inserts the events of one article, every FORMAT.md field flattened to a column, plus the event's JSON. */
final class EventRows {
  static final List<String> COLUMNS = List.of("article_key", "event_id", "event_group", "sentence", "evidence_text",
      "evidence_start", "evidence_end", "trigger_text", "trigger_start", "trigger_end", "source_code", "source_name",
      "source_country", "source_sector", "source_text", "source_start", "source_end", "target_code", "target_name",
      "target_country", "target_sector", "target_text", "target_start", "target_end", "cameo", "cameo_name",
      "root_code", "plover", "quad_class", "goldstein", "mode", "reported_by_code", "reported_by_name",
      "reported_by_text", "event_date", "date_from", "date_to", "date_basis", "place_name", "place_country",
      "place_lat", "place_lon", "place_start", "place_end", "confidence", "pattern", "event_json");
  private final Connection connection;

  EventRows(Connection connection) {
    this.connection = connection;
  }

  void insert(long articleKey, String text, List<EventMention> events, JsonNode eventJson) throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    String marks = String.join(", ", java.util.Collections.nCopies(COLUMNS.size(), "?"));
    String sql = "INSERT INTO events (" + String.join(", ", COLUMNS) + ") VALUES (" + marks + ")";
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      for (int i = 0; i < events.size(); i++) {
        Sql.bind(p, row(articleKey, text, events.get(i), eventJson.get(i).toString()));
        p.executeUpdate();
      }
    }
  }

  private static List<Object> row(long key, String text, EventMention e, String json) {
    ActorMention s = e.source();
    ActorMention t = e.target();
    Actor ta = t == null ? null : t.actor();
    Place pl = e.place();
    ActorMention by = e.reportedBy();
    return Arrays.asList(key, e.id(), e.group(), e.sentence(), e.evidence().of(text), e.evidence().start(),
        e.evidence().end(), e.trigger().of(text), e.trigger().start(), e.trigger().end(), s.actor().code(),
        s.actor().name(), s.actor().country(), s.actor().sector(), s.text(), s.span().start(), s.span().end(),
        ta == null ? null : ta.code(), ta == null ? null : ta.name(), ta == null ? null : ta.country(),
        ta == null ? null : ta.sector(), t == null ? null : t.text(), t == null ? null : Sql.start(t.span()),
        t == null ? null : Sql.end(t.span()), e.type().cameo(), e.type().name(), e.type().root(), e.type().plover(),
        e.type().quadClass(), e.type().goldstein(), e.mode().label(), by == null ? null : by.actor().code(),
        by == null ? null : by.actor().name(), by == null ? null : by.text(),
        e.date() == null ? null : e.date().value(), Sql.firstDay(e.date()), Sql.lastDay(e.date()),
        e.dateBasis().label(), pl == null ? null : pl.name(), pl == null ? null : pl.country(),
        pl == null ? null : pl.lat(), pl == null ? null : pl.lon(), pl == null ? null : Sql.start(pl.span()),
        pl == null ? null : Sql.end(pl.span()), e.confidence(), e.pattern(), json);
  }
}
