package org.tidings.core.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures of FORMAT.md section 4 for one or more gold articles.
 *
 * @param matched gold events matched (root + countries)
 * @param required gold events that are not optional
 * @param system system events that count (not root 01, not neutral)
 * @param matchedFull matches that also agree on the full code and sectors
 * @param neutral system events neither rewarded nor penalised (matching an optional gold event,
 *     or a further pair of a compound actor whose group matched)
 * @param anchorCountries for every gold event with a place: whether the system event told at its
 *     anchor (whatever its type) has the right country
 * @param anchorPlaces the same, within 50 km where the gold gives coordinates
 * @param misses human-readable lines about what did not match, for tuning
 */
public record Score(
    int matched,
    int required,
    int system,
    int matchedFull,
    int neutral,
    Tally dates,
    Tally places,
    int forbiddenHits,
    Tally quotesFound,
    Tally speakers,
    Tally actors,
    Tally times,
    Tally anchorCountries,
    Tally anchorPlaces,
    List<String> misses) {

  public double precision() {
    return system == 0 ? 1.0 : (double) matched / system;
  }

  public double recall() {
    return required == 0 ? 1.0 : (double) Math.min(matched, required) / required;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double precisionFull() {
    return system == 0 ? 1.0 : (double) matchedFull / system;
  }

  public double recallFull() {
    return required == 0 ? 1.0 : (double) Math.min(matchedFull, required) / required;
  }

  public double f1Full() {
    double p = precisionFull();
    double r = recallFull();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public Score plus(Score o) {
    List<String> m = new ArrayList<>(misses);
    m.addAll(o.misses);
    return new Score(matched + o.matched, required + o.required, system + o.system, matchedFull + o.matchedFull,
        neutral + o.neutral, dates.plus(o.dates), places.plus(o.places), forbiddenHits + o.forbiddenHits,
        quotesFound.plus(o.quotesFound), speakers.plus(o.speakers), actors.plus(o.actors), times.plus(o.times),
        anchorCountries.plus(o.anchorCountries), anchorPlaces.plus(o.anchorPlaces), List.copyOf(m));
  }

  public static Score empty() {
    return new Score(0, 0, 0, 0, 0, Tally.ZERO, Tally.ZERO, 0, Tally.ZERO, Tally.ZERO, Tally.ZERO, Tally.ZERO,
        Tally.ZERO, Tally.ZERO, List.of());
  }
}
