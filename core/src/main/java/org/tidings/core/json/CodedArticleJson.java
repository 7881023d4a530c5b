package org.tidings.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.tidings.core.model.Actor;
import org.tidings.core.model.ActorMention;
import org.tidings.core.model.ArticleError;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.model.EventMention;
import org.tidings.core.model.FocusCountry;
import org.tidings.core.model.FocusPlace;
import org.tidings.core.model.Place;
import org.tidings.core.model.Quote;
import org.tidings.core.model.Span;
import org.tidings.core.model.TimeMention;

/** Writes a coded article in the shape of FORMAT.md: one JSON object per article. */
public final class CodedArticleJson {
  private final ObjectMapper mapper = new ObjectMapper();

  public String write(CodedArticle a) {
    try {
      return mapper.writeValueAsString(tree(a));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  public ObjectNode tree(CodedArticle a) {
    String text = a.article().text();
    ObjectNode root = mapper.createObjectNode();
    root.put("id", a.article().id());
    root.put("date", a.article().date() == null ? null : a.article().date().toString());
    if (a.article().title() != null) {
      root.put("title", a.article().title());
    }
    if (a.focus() != null) {
      ObjectNode focus = root.putObject("focus");
      focus.put("country", a.focus().country());
      focus.set("dateline", place(a.focus().dateline()));
      ArrayNode countries = focus.putArray("countries");
      for (FocusCountry c : a.focus().countries()) {
        countries.addObject().put("country", c.country()).put("mentions", c.mentions());
      }
      ArrayNode places = focus.putArray("places");
      for (FocusPlace fp : a.focus().places()) {
        ObjectNode n = place(new Place(fp.place().name(), fp.place().country(), fp.place().lat(), fp.place().lon(),
            null));
        n.put("mentions", fp.mentions());
        ArrayNode at = n.putArray("at");
        fp.spans().forEach(sp -> at.addObject().put("start", sp.start()).put("end", sp.end()));
        places.add(n);
      }
    }
    ArrayNode events = root.putArray("events");
    String knowledgeId = a.provenance().knowledgeId();
    for (EventMention e : a.events()) {
      ObjectNode n = event(e, text);
      ((ObjectNode) n.get("provenance")).put("tidings", a.provenance().tidingsVersion()).put("knowledge", knowledgeId);
      events.add(n);
    }
    ArrayNode quotes = root.putArray("quotes");
    for (Quote q : a.quotes()) {
      ObjectNode n = quotes.addObject();
      n.put("text", q.text());
      n.put("start", q.span().start());
      n.put("end", q.span().end());
      n.set("speaker", q.speaker() == null ? null : actor(q.speaker()));
      n.put("cue", q.cue());
      n.put("kind", q.kind().label());
      if (q.note() != null) {
        n.put("note", q.note());
      }
    }
    ArrayNode mentions = root.putArray("mentions");
    for (ActorMention m : a.mentions()) {
      ObjectNode n = mentions.addObject();
      n.put("text", m.text());
      n.put("start", m.span().start());
      n.put("end", m.span().end());
      n.put("kind", m.kind().name().toLowerCase(Locale.ROOT));
      n.set("actor", actor(m));
    }
    ArrayNode times = root.putArray("times");
    for (TimeMention t : a.times()) {
      ObjectNode n = times.addObject();
      n.put("text", t.text());
      n.put("start", t.span().start());
      n.put("end", t.span().end());
      n.put("value", t.value().value());
    }
    ArrayNode errors = root.putArray("errors");
    for (ArticleError e : a.errors()) {
      ObjectNode n = errors.addObject();
      n.put("code", e.code());
      n.put("message", e.message());
    }
    ObjectNode prov = root.putObject("provenance");
    prov.put("tidings", a.provenance().tidingsVersion());
    prov.put("knowledge_id", a.provenance().knowledgeId());
    ObjectNode files = prov.putObject("knowledge");
    a.provenance().knowledge().forEach(files::put);
    return root;
  }

  private ObjectNode event(EventMention e, String text) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", e.id());
    n.put("group", e.group());
    n.put("sentence", e.sentence());
    n.set("evidence", span(e.evidence(), text));
    n.set("trigger", span(e.trigger(), text));
    n.set("source", actor(e.source()));
    n.set("target", e.target() == null ? null : actor(e.target()));
    n.put("cameo", e.type().cameo());
    n.put("cameo_name", e.type().name());
    n.put("plover", e.type().plover());
    n.put("quad_class", e.type().quadClass());
    n.put("goldstein", e.type().goldstein());
    n.put("mode", e.mode().label());
    n.put("date", e.date() == null ? null : e.date().value());
    n.put("date_basis", e.dateBasis().label());
    n.set("place", place(e.place()));
    n.put("confidence", e.confidence());
    n.set("reported_by", e.reportedBy() == null ? null : actor(e.reportedBy()));
    ObjectNode prov = n.putObject("provenance");
    prov.put("pattern", e.pattern());
    return n;
  }

  private ObjectNode span(Span s, String text) {
    ObjectNode n = mapper.createObjectNode();
    n.put("start", s.start());
    n.put("end", s.end());
    n.put("text", s.of(text));
    return n;
  }

  private ObjectNode actor(ActorMention m) {
    Actor a = m.actor();
    ObjectNode n = mapper.createObjectNode();
    n.put("code", a.code());
    n.put("country", a.country());
    n.put("sector", a.sector());
    n.put("name", a.name());
    n.put("text", m.text());
    n.put("start", m.span().start());
    n.put("end", m.span().end());
    return n;
  }

  private ObjectNode place(Place p) {
    if (p == null) {
      return null;
    }
    ObjectNode n = mapper.createObjectNode();
    n.put("name", p.name());
    n.put("country", p.country());
    if (p.lat() != null) {
      n.put("lat", p.lat());
      n.put("lon", p.lon());
    }
    if (p.span() != null) {
      n.put("start", p.span().start());
      n.put("end", p.span().end());
    }
    return n;
  }
}
