package org.tidings.core.place;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidings.core.knowledge.Gazetteer;
import org.tidings.core.knowledge.GazetteerEntry;
import org.tidings.core.knowledge.WorldGazetteer;
import org.tidings.core.model.Span;

/**
 * Reads a wire-style dateline at the start of an article: a place in capitals, optionally a
 * date and an agency, then a dash ("NAIROBI —", "KYIV, Feb 8 (Reuters) -", "PORT-AU-PRINCE, Haiti —").
 */
public final class DatelineReader {
  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*([A-Z][A-Z.'\u2019 -]*[A-Z.])(?:,\\s*([A-Z][A-Za-z. ]{1,30}?))?(?:,?\\s*[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2})?"
          + "(?:,?\\s*\\d{4})?\\s*(?:\\([^)]{1,40}\\))?\\s*[\u2014\u2013-]{1,2}\\s");

  private final Gazetteer gazetteer;
  private final WorldGazetteer world;

  public DatelineReader(Gazetteer gazetteer, WorldGazetteer world) {
    this.gazetteer = gazetteer;
    this.world = world;
  }

  public Optional<Dateline> read(String text) {
    Matcher m = DATELINE.matcher(text.length() > 200 ? text.substring(0, 200) : text);
    if (!m.find()) {
      return Optional.empty();
    }
    GazetteerEntry e = gazetteer.lookupIgnoringCase(m.group(1).strip());
    if (e == null) {
      e = world.best(m.group(1).strip(), Set.of());
    }
    if (e == null) {
      return Optional.empty();
    }
    return Optional.of(new Dateline(e, new Span(m.start(1), m.end())));
  }
}
