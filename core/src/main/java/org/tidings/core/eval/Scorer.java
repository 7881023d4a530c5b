package org.tidings.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Scores one coded article against its gold coding, as FORMAT.md section 4 defines: a system
 * event matches a gold event when its evidence covers the gold anchor, the two-digit CAMEO
 * roots agree and the source and target countries agree (swapped where symmetric), one to
 * one and greedily. Root 01 events are not scored. A system event that matches only an optional
 * gold event, or that is a further pair of a compound actor whose group already matched, is
 * neutral.
 */
public final class Scorer {
  private final Set<String> countries;

  /** @param countries the ISO3 codes, to tell a country-prefixed code ("RUSGOV") from an organisation ("NATO") */
  public Scorer(Set<String> countries) {
    this.countries = Set.copyOf(countries);
  }

  public Score score(JsonNode gold, JsonNode system) {
    String text = gold.path("text").asText();
    List<String> misses = new ArrayList<>();
    String id = gold.path("id").asText();

    List<JsonNode> sys = new ArrayList<>();
    for (JsonNode e : system.path("events")) {
      if (!root(e.path("cameo").asText()).equals("01")) {
        sys.add(e);
      }
    }
    boolean[] used = new boolean[sys.size()];
    int matched = 0;
    int matchedFull = 0;
    int required = 0;
    int dateRight = 0;
    int dateTotal = 0;
    int placeRight = 0;
    int placeTotal = 0;
    Set<String> matchedGroups = new HashSet<>();
    List<JsonNode> optional = new ArrayList<>();
    for (JsonNode g : gold.path("events")) {
      if (g.path("optional").asBoolean(false)) {
        optional.add(g);
        continue;
      }
      required++;
      int[] anchor = anchor(text, g.path("anchor").asText());
      int best = -1;
      int bestRank = -1;
      for (int i = 0; i < sys.size(); i++) {
        if (used[i] || !matches(g, sys.get(i), anchor, false)) {
          continue;
        }
        int rank = (matches(g, sys.get(i), anchor, true) ? 2 : 0) + (triggerNear(sys.get(i), anchor) ? 1 : 0);
        if (rank > bestRank) {
          best = i;
          bestRank = rank;
        }
      }
      if (best < 0) {
        misses.add(id + ": missed event \"" + g.path("anchor").asText() + "\" " + g.path("source").path("code").asText()
            + " -> " + g.path("target").path("code").asText() + " " + g.path("cameo"));
        continue;
      }
      used[best] = true;
      JsonNode e = sys.get(best);
      matchedGroups.add(e.path("group").asText());
      matched++;
      if (matches(g, e, anchor, true)) {
        matchedFull++;
      }
      if (g.hasNonNull("date")) {
        dateTotal++;
        if (g.path("date").asText().equals(e.path("date").asText())) {
          dateRight++;
        } else {
          misses.add(id + ": date of \"" + g.path("anchor").asText() + "\" is " + e.path("date").asText()
              + ", gold " + g.path("date").asText());
        }
      }
      if (g.hasNonNull("place")) {
        placeTotal++;
        if (placeMatches(g.path("place"), e.path("place"))) {
          placeRight++;
        } else {
          misses.add(id + ": place of \"" + g.path("anchor").asText() + "\" is " + e.path("place")
              + ", gold " + g.path("place"));
        }
      }
    }
    int neutral = 0;
    int counted = 0;
    for (int i = 0; i < sys.size(); i++) {
      if (used[i]) {
        counted++;
        continue;
      }
      JsonNode e = sys.get(i);
      boolean isNeutral = matchedGroups.contains(e.path("group").asText()) || notAssertedForbidden(gold, e, text);
      for (JsonNode g : optional) {
        if (matches(g, e, anchor(text, g.path("anchor").asText()), false)) {
          isNeutral = true;
        }
      }
      if (isNeutral) {
        neutral++;
      } else {
        counted++;
        misses.add(id + ": extra event " + e.path("source").path("code").asText() + " " + e.path("cameo").asText()
            + " " + e.path("target").path("code").asText("-") + " [" + e.path("mode").asText() + "] \""
            + e.path("trigger").path("text").asText() + "\" in: " + abbreviate(e.path("evidence").path("text").asText()));
      }
    }

    int forbidden = 0;
    for (JsonNode f : gold.path("forbidden")) {
      int[] anchor = anchor(text, f.path("anchor").asText());
      Set<String> roots = new HashSet<>();
      f.path("cameo_root").forEach(r -> roots.add(root(r.asText())));
      for (JsonNode e : system.path("events")) {
        if (e.path("mode").asText().equals("asserted") && covers(e.path("evidence"), anchor)
            && roots.contains(root(e.path("cameo").asText()))) {
          forbidden++;
          misses.add(id + ": FORBIDDEN " + e.path("cameo").asText() + " asserted near \"" + f.path("anchor").asText() + "\"");
          break;
        }
      }
    }

    int quotesFound = 0;
    int quotesTotal = 0;
    int speakersRight = 0;
    for (JsonNode q : gold.path("quotes")) {
      if (q.path("optional").asBoolean(false)) {
        continue;
      }
      quotesTotal++;
      int[] anchor = anchor(text, q.path("anchor").asText());
      // the smallest system quote around the anchor: a quote inside a quote is its own
      JsonNode found = null;
      for (JsonNode s : system.path("quotes")) {
        if (s.path("start").asInt() <= anchor[0] && anchor[1] <= s.path("end").asInt() && (found == null
            || s.path("end").asInt() - s.path("start").asInt() < found.path("end").asInt() - found.path("start").asInt())) {
          found = s;
        }
      }
      if (found == null) {
        misses.add(id + ": quote not found \"" + q.path("anchor").asText() + "\"");
        continue;
      }
      quotesFound++;
      String want = q.path("speaker").isNull() ? null : q.path("speaker").asText();
      JsonNode sp = found.path("speaker");
      String got = sp.isMissingNode() || sp.isNull() ? null : sp.path("name").isNull() ? sp.path("code").asText()
          : sp.path("name").asText();
      if (Objects.equals(want, got) || want != null && got != null && sameName(want, got)) {
        speakersRight++;
      } else {
        misses.add(id + ": quote \"" + q.path("anchor").asText() + "\" speaker " + got + ", gold " + want);
      }
    }

    int actorsRight = 0;
    int actorsTotal = 0;
    for (JsonNode a : gold.path("actors")) {
      actorsTotal++;
      int[] anchor = anchor(text, a.path("mention").asText());
      boolean ok = false;
      String seen = null;
      for (JsonNode m : system.path("mentions")) {
        int s = m.path("start").asInt();
        int e = m.path("end").asInt();
        if (s < anchor[1] && anchor[0] < e) {
          JsonNode act = m.path("actor");
          seen = act.path("code").asText() + "/" + act.path("name").asText();
          boolean code = a.path("code").asText().equals(act.path("code").asText());
          boolean name = !a.hasNonNull("name") || sameName(a.path("name").asText(), act.path("name").asText(null));
          if (code && name) {
            ok = true;
            break;
          }
        }
      }
      if (ok) {
        actorsRight++;
      } else {
        misses.add(id + ": actor \"" + a.path("mention").asText() + "\" is " + seen + ", gold "
            + a.path("code").asText() + "/" + a.path("name").asText(""));
      }
    }

    int timesRight = 0;
    int timesTotal = 0;
    for (JsonNode t : gold.path("times")) {
      timesTotal++;
      int[] anchor = anchor(text, t.path("anchor").asText());
      boolean ok = false;
      String seen = null;
      for (JsonNode m : system.path("times")) {
        if (m.path("start").asInt() < anchor[1] && anchor[0] < m.path("end").asInt()) {
          seen = m.path("value").asText();
          if (seen.equals(t.path("value").asText())) {
            ok = true;
            break;
          }
        }
      }
      if (ok) {
        timesRight++;
      } else {
        misses.add(id + ": time \"" + t.path("anchor").asText() + "\" is " + seen + ", gold " + t.path("value").asText());
      }
    }
    int[] anchored = anchoredPlaces(gold, system, text, misses, id);
    return new Score(matched, required, counted, matchedFull, neutral, new Tally(dateRight, dateTotal),
        new Tally(placeRight, placeTotal), forbidden, new Tally(quotesFound, quotesTotal),
        new Tally(speakersRight, quotesFound), new Tally(actorsRight, actorsTotal), new Tally(timesRight, timesTotal),
        new Tally(anchored[0], anchored[2]), new Tally(anchored[1], anchored[2]), List.copyOf(misses));
  }

  /**
   * Places on their own, apart from event types: for each gold event with a place, the system
   * event whose trigger is nearest its anchor in the same sentence. Returns right countries,
   * right places and the number of gold places.
   */
  private static int[] anchoredPlaces(JsonNode gold, JsonNode system, String text, List<String> misses, String id) {
    int countries = 0;
    int places = 0;
    int total = 0;
    for (JsonNode g : gold.path("events")) {
      if (!g.hasNonNull("place")) {
        continue;
      }
      total++;
      int[] anchor = anchor(text, g.path("anchor").asText());
      JsonNode best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (JsonNode e : system.path("events")) {
        if (!covers(e.path("evidence"), anchor)) {
          continue;
        }
        int t = e.path("trigger").path("start").asInt();
        int distance = t >= anchor[0] && t < anchor[1] ? 0 : Math.min(Math.abs(t - anchor[0]), Math.abs(t - anchor[1]));
        if (distance < bestDistance) {
          best = e;
          bestDistance = distance;
        }
      }
      JsonNode p = best == null ? null : best.path("place");
      boolean country = p != null && g.path("place").path("country").asText().equals(p.path("country").asText());
      if (country) {
        countries++;
      }
      if (p != null && placeMatches(g.path("place"), p)) {
        places++;
      } else {
        misses.add(id + ": place at \"" + g.path("anchor").asText() + "\" is " + (p == null ? "no event" : p)
            + ", gold " + g.path("place"));
      }
    }
    return new int[] {countries, places, total};
  }

  /**
   * Names are the same person when they agree once accents, case and hyphens are set aside, or
   * when every word of the shorter is in the longer ("Tayyip Erdogan", "Recep Tayyip Erdoğan").
   */
  static boolean sameName(String a, String b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    List<String> x = words(a);
    List<String> y = words(b);
    if (x.equals(y)) {
      return true;
    }
    List<String> shorter = x.size() <= y.size() ? x : y;
    List<String> longer = x.size() <= y.size() ? y : x;
    return shorter.size() >= 2 && longer.containsAll(shorter);
  }

  private static List<String> words(String name) {
    String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("[^a-z0-9 ]", "");
    return Arrays.stream(plain.split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }

  /** An event the gold lists as forbidden, which the system rightly did not assert (denied, negated, ...). */
  private static boolean notAssertedForbidden(JsonNode gold, JsonNode e, String text) {
    if (e.path("mode").asText().equals("asserted")) {
      return false;
    }
    for (JsonNode f : gold.path("forbidden")) {
      int[] anchor = anchor(text, f.path("anchor").asText());
      for (JsonNode r : f.path("cameo_root")) {
        if (covers(e.path("evidence"), anchor) && root(r.asText()).equals(root(e.path("cameo").asText()))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String abbreviate(String s) {
    return s.length() <= 90 ? s : s.substring(0, 87) + "...";
  }

  static int[] anchor(String text, String anchor) {
    int at = text.indexOf(anchor);
    if (at < 0) {
      throw new IllegalArgumentException("gold anchor not in text: \"" + anchor + "\"");
    }
    if (text.indexOf(anchor, at + 1) >= 0) {
      throw new IllegalArgumentException("gold anchor occurs more than once: \"" + anchor + "\"");
    }
    return new int[] {at, at + anchor.length()};
  }

  private static boolean covers(JsonNode span, int[] anchor) {
    return span.path("start").asInt(Integer.MAX_VALUE) <= anchor[0] && anchor[1] <= span.path("end").asInt(-1);
  }

  private static boolean triggerNear(JsonNode e, int[] anchor) {
    JsonNode t = e.path("trigger");
    return t.path("start").asInt() < anchor[1] + 20 && anchor[0] - 20 < t.path("end").asInt();
  }

  static String root(String code) {
    return code.length() >= 2 ? code.substring(0, 2) : code;
  }

  private boolean matches(JsonNode g, JsonNode e, int[] anchor, boolean full) {
    if (!covers(e.path("evidence"), anchor)) {
      return false;
    }
    if (!typeMatches(g.path("cameo"), e.path("cameo").asText(), full)) {
      return false;
    }
    boolean straight = actorMatches(g.path("source"), e.path("source"), full)
        && actorMatches(g.path("target"), e.path("target"), full);
    if (straight) {
      return true;
    }
    return g.path("symmetric").asBoolean(false) && actorMatches(g.path("source"), e.path("target"), full)
        && actorMatches(g.path("target"), e.path("source"), full);
  }

  private static boolean typeMatches(JsonNode goldCodes, String code, boolean full) {
    for (JsonNode c : goldCodes) {
      String g = c.asText();
      if (full ? code.startsWith(g) : root(g).equals(root(code))) {
        return true;
      }
    }
    return false;
  }

  private boolean actorMatches(JsonNode gold, JsonNode sys, boolean full) {
    if (gold.isMissingNode() || gold.isNull()) {
      return true;
    }
    String g = gold.path("code").asText();
    if (g.equals("???")) {
      return true;
    }
    if (sys.isMissingNode() || sys.isNull()) {
      return false;
    }
    String s = sys.path("code").asText();
    if (!key(g).equals(key(s))) {
      return false;
    }
    if (!full) {
      return true;
    }
    return g.length() <= 3 || !countries.contains(g.substring(0, 3)) || g.equals(s);
  }

  /** The part compared: the country of a country code, else the whole organisation code. */
  String key(String code) {
    if (code.length() >= 3 && countries.contains(code.substring(0, 3))) {
      return code.substring(0, 3);
    }
    return code;
  }

  private static boolean placeMatches(JsonNode gold, JsonNode sys) {
    if (sys.isMissingNode() || sys.isNull()) {
      return false;
    }
    if (!gold.path("country").asText().equals(sys.path("country").asText())) {
      return false;
    }
    if (gold.hasNonNull("lat") && gold.hasNonNull("lon")) {
      if (!sys.hasNonNull("lat")) {
        return false;
      }
      return distanceKm(gold.path("lat").asDouble(), gold.path("lon").asDouble(), sys.path("lat").asDouble(),
          sys.path("lon").asDouble()) <= 50;
    }
    return true;
  }

  static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double r = 6371;
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
        * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * r * Math.asin(Math.sqrt(a));
  }
}
