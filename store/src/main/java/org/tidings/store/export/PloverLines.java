package org.tidings.store.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.tidings.store.ExportedEvent;
import org.tidings.store.StoredEvent;

/**
 * One event per line in the PLOVER/POLECAT event shape. The mapping:
 * <ul>
 * <li>{@code event_id}, {@code article_id}: Tidings' event and article ids;
 * <li>{@code event_type}: the PLOVER type Tidings codes with each CAMEO code ({@code cameo.tsv});
 * <li>{@code mode} and {@code context}: PLOVER's sub-types and contexts (e.g. an ASSAULT's
 *     "aerial" mode, a "military" context) are not coded by Tidings yet: {@code null} and
 *     {@code []}, never guessed;
 * <li>{@code actors}: {@code source} and {@code target} (null when the event has none), each
 *     with the CAMEO-style {@code code}, ISO3 {@code country}, {@code sector}, canonical
 *     {@code name} and the mention's {@code text};
 * <li>{@code date}: the event's own date ({@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY})
 *     and {@code date_basis} (text or publication);
 * <li>{@code location}: the event's place with ISO3 {@code country}, {@code lat}, {@code lon}, or null;
 * <li>{@code source_sentence}: the sentence that supports the event, with {@code publisher}
 *     and {@code url};
 * <li>beyond PLOVER: {@code modality} (asserted, negated, reported ...: whether the text says it
 *     happened), {@code cameo}, {@code quad_class}, {@code goldstein}, {@code confidence}.
 * </ul>
 */
final class PloverLines implements EventLines {
  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public void write(ExportedEvent x, Appendable out) throws IOException {
    StoredEvent e = x.event();
    ObjectNode n = mapper.createObjectNode();
    n.put("event_id", e.eventId());
    n.put("article_id", e.articleId());
    n.put("event_type", e.plover());
    n.putNull("mode");
    n.putArray("context");
    ObjectNode actors = n.putObject("actors");
    actors.set("source", actor(e.sourceCode(), e.sourceCountry(), x.sourceSector(), e.sourceName(), x.sourceText()));
    actors.set("target", actor(e.targetCode(), e.targetCountry(), x.targetSector(), e.targetName(), x.targetText()));
    n.put("date", e.date());
    n.put("date_basis", e.dateBasis());
    if (e.placeName() == null) {
      n.putNull("location");
    } else {
      ObjectNode l = n.putObject("location");
      l.put("name", e.placeName());
      l.put("country", e.placeCountry());
      l.put("lat", e.lat());
      l.put("lon", e.lon());
    }
    n.put("source_sentence", e.evidence());
    n.put("publisher", e.publisher());
    n.put("url", x.url());
    n.put("modality", e.mode());
    n.put("cameo", e.cameo());
    n.put("quad_class", e.quadClass());
    n.put("goldstein", e.goldstein());
    n.put("confidence", e.confidence());
    out.append(mapper.writeValueAsString(n)).append('\n');
  }

  private ObjectNode actor(String code, String country, String sector, String name, String text) {
    if (code == null) {
      return null;
    }
    ObjectNode a = mapper.createObjectNode();
    a.put("code", code);
    a.put("country", country);
    a.put("sector", sector);
    a.put("name", name);
    a.put("text", text);
    return a;
  }
}
