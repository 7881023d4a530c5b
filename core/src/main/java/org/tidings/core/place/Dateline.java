package org.tidings.core.place;

import org.tidings.core.knowledge.GazetteerEntry;
import org.tidings.core.model.Place;
import org.tidings.core.model.Span;

/** The place an article was filed from ("KYIV, Feb 8 (Reuters) -"), and where the dateline ends. */
public record Dateline(GazetteerEntry place, Span span) {

  /** The dateline as a place of the article, with its span. */
  public Place asPlace() {
    return new Place(place.name(), place.country(), place.lat(), place.lon(), span);
  }
}
