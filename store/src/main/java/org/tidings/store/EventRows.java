package org.tidings.store;

import java.util.Arrays;
import java.util.List;
import org.tidings.core.model.Actor;
import org.tidings.core.model.ActorMention;
import org.tidings.core.model.EventMention;
import org.tidings.core.model.Place;

/** The row of one event: every FORMAT.md field flattened to a column of {@link Table#EVENTS}, plus the event's JSON. */
final class EventRows {
  private EventRows() {}

  static List<Object> row(long key, String text, EventMention e, String json) {
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
