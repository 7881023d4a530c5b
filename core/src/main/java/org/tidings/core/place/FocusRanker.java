package org.tidings.core.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.tidings.core.model.FocusCountry;
import org.tidings.core.model.FocusPlace;
import org.tidings.core.model.Place;
import org.tidings.core.model.Span;

/**
 * Ranks what an article is about from the places it names: each country by the mentions of
 * itself, of places in it and of its demonyms; each place below country level by its own
 * mentions. Ties keep text order, so the ranking is deterministic.
 */
public final class FocusRanker {
  private final Predicate<Place> wholeCountry;

  /** @param wholeCountry true for a place that is a whole country ("Ukraine"), listed only among countries */
  public FocusRanker(Predicate<Place> wholeCountry) {
    this.wholeCountry = wholeCountry;
  }

  /** The countries named, most named first. */
  public List<FocusCountry> countries(List<Place> named, List<String> demonyms) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Place p : named) {
      counts.merge(p.country(), 1, Integer::sum);
    }
    for (String c : demonyms) {
      counts.merge(c, 1, Integer::sum);
    }
    List<FocusCountry> out = new ArrayList<>();
    counts.forEach((c, n) -> out.add(new FocusCountry(c, n)));
    out.sort(Comparator.comparingInt(FocusCountry::mentions).reversed());
    return out;
  }

  /** The places below country level, most named first, each with all its mentions. */
  public List<FocusPlace> places(List<Place> named) {
    Map<String, List<Place>> byPlace = new LinkedHashMap<>();
    for (Place p : named) {
      if (!wholeCountry.test(p)) {
        byPlace.computeIfAbsent(p.name() + "\t" + p.country(), k -> new ArrayList<>()).add(p);
      }
    }
    List<FocusPlace> out = new ArrayList<>();
    for (List<Place> mentions : byPlace.values()) {
      List<Span> spans = mentions.stream().map(Place::span).filter(s -> s != null).toList();
      out.add(new FocusPlace(mentions.get(0), spans));
    }
    out.sort(Comparator.comparingInt(FocusPlace::mentions).reversed());
    return out;
  }
}
