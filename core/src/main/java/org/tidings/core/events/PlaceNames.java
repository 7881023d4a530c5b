package org.tidings.core.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tidings.core.knowledge.Country;
import org.tidings.core.knowledge.GazetteerEntry;
import org.tidings.core.knowledge.Knowledge;
import org.tidings.core.knowledge.NameEntry;
import org.tidings.core.knowledge.NameMatch;
import org.tidings.core.model.Actor;
import org.tidings.core.model.ActorMention;
import org.tidings.core.model.MentionKind;
import org.tidings.core.model.Place;
import org.tidings.core.model.Span;
import org.tidings.core.nlp.AnnotatedText;
import org.tidings.core.nlp.ParseTree;
import org.tidings.core.nlp.Sentence;
import org.tidings.core.pipeline.Analysis;
import org.tidings.core.text.Syntax;

/**
 * The places an article's sentences name, resolved in context: a capital, country, town, region
 * or seat of power at a token; one name shared by several places told apart by a qualifier after
 * it ("Victoria, British Columbia") or by the countries of the sentence and the article; towns
 * the curated files lack from the world gazetteer; a place described through its country ("in
 * eastern Ukraine"). Made per article; caches the name matches of each sentence.
 */
final class PlaceNames {
  private static final Set<NameEntry.Kind> PLACE_KINDS = Set.of(NameEntry.Kind.COUNTRY, NameEntry.Kind.CAPITAL,
      NameEntry.Kind.PLACE, NameEntry.Kind.METONYM);

  private final Knowledge knowledge;
  private final AnnotatedText text;
  private final Set<String> articleCountries;
  private final Map<Integer, Set<String>> sentenceCountries;
  private final Map<Integer, Map<Integer, NameMatch>> matches = new HashMap<>();

  /**
   * @param articleCountries the countries the article's actors belong to, to choose among places of one name
   * @param sentenceCountries the same, sentence by sentence, which weigh more
   */
  PlaceNames(Knowledge knowledge, AnnotatedText text, Set<String> articleCountries,
      Map<Integer, Set<String>> sentenceCountries) {
    this.knowledge = knowledge;
    this.text = text;
    this.articleCountries = articleCountries;
    this.sentenceCountries = sentenceCountries;
  }

  /** The place names of an analysed article, weighing shared names by the countries of its actors. */
  static PlaceNames of(Knowledge knowledge, Analysis analysis) {
    Set<String> countries = new HashSet<>();
    Map<Integer, Set<String>> bySentence = new HashMap<>();
    for (ActorMention m : analysis.mentions()) {
      if (m.actor().country() != null) {
        countries.add(m.actor().country());
        bySentence.computeIfAbsent(m.sentence(), k -> new HashSet<>()).add(m.actor().country());
      }
    }
    if (analysis.focus().country() != null) {
      countries.add(analysis.focus().country());
    }
    return new PlaceNames(knowledge, analysis.text(), countries, bySentence);
  }

  private Set<String> near(Sentence s) {
    return sentenceCountries.getOrDefault(s.index(), Set.of());
  }

  /** "Victoria, British Columbia": the place of this name the words after it settle, or null. */
  private GazetteerEntry qualified(Sentence s, int last, String name) {
    String q = Syntax.qualifierAfter(s, last, text.text());
    return q == null ? null : knowledge.world().qualified(name, q);
  }

  /** Another place of the same name when the sentence or the text around says so. */
  private GazetteerEntry other(Sentence s, NameMatch m, String name, String country) {
    GazetteerEntry q = qualified(s, m.end() - 1, name);
    if (q != null) {
      return q;
    }
    GazetteerEntry alt = knowledge.world().best(name, near(s), articleCountries);
    if (alt != null && !alt.country().equals(country) && near(s).contains(alt.country())
        && !near(s).contains(country)) {
      return alt;
    }
    return null;
  }

  private Map<Integer, NameMatch> matchesOf(Sentence s) {
    return matches.computeIfAbsent(s.index(), k -> {
      Map<Integer, NameMatch> byToken = new HashMap<>();
      for (NameMatch m : knowledge.names().find(text.text(), s.tokens())) {
        for (int t = m.start(); t < m.end(); t++) {
          byToken.put(t, m);
        }
      }
      return byToken;
    });
  }

  /** The country of a place, as an actor standing where the place is named. */
  ActorMention countryMention(Sentence s, int token, Place place) {
    Span span = place.span() != null ? place.span() : new Span(s.token(token).start(), s.token(token).end());
    return new ActorMention(Actor.of(place.country(), null, null),
        span.of(text.text()), span, s.index(), token, MentionKind.NAME, false, null);
  }

  /** A demonym adjective as a country-level actor ("a Ukrainian proposal"), or null. */
  ActorMention demonym(Sentence s, int token) {
    NameMatch m = matchesOf(s).get(token);
    NameEntry e = m == null ? null : m.first(NameEntry.Kind.DEMONYM);
    if (e == null) {
      return null;
    }
    Span span = new Span(s.token(m.start()).start(), s.token(m.end() - 1).end());
    return new ActorMention(Actor.of(e.country().iso3(), null, null),
        span.of(text.text()), span, s.index(), token, MentionKind.DESCRIPTION, false, null);
  }

  /** A proper name the curated files lack, looked up among the world's towns and cities: "Slavonski Brod". */
  private GazetteerEntry worldPlace(Sentence s, int token) {
    if (!s.token(token).isProperNoun()) {
      return null;
    }
    int[] run = properRun(s, token);
    for (int a = run[0]; a <= token; a++) {
      for (int b = run[1]; b >= token; b--) {
        String name = text.text().substring(s.token(a).start(), s.token(b).end());
        GazetteerEntry q = qualified(s, b, name);
        GazetteerEntry e = q != null ? q : knowledge.world().best(name, near(s), articleCountries);
        if (e != null) {
          return e;
        }
      }
    }
    return null;
  }

  private static int[] properRun(Sentence s, int token) {
    int a = token;
    // "Cox's Bazar": a possessive inside a place name
    while (a > 0 && (s.token(a - 1).isProperNoun() || s.token(a - 1).pos().equals("HYPH")
        || a > 1 && s.token(a - 1).pos().equals("POS") && s.token(a - 2).isProperNoun())) {
      a--;
    }
    int b = token;
    while (b + 1 < s.size() && (s.token(b + 1).isProperNoun() || s.token(b + 1).pos().equals("HYPH"))) {
      b++;
    }
    return new int[] {a, b};
  }

  private Place world(Sentence s, int token, GazetteerEntry e) {
    int[] run = properRun(s, token);
    Span span = new Span(s.token(run[0]).start(), s.token(run[1]).end());
    return new Place(e.name(), e.country(), e.lat(), e.lon(), span);
  }

  /**
   * Every place the sentence names, in order: countries, capitals, towns, regions, seats of power
   * (at their city) and the world's towns the curated files lack ("Slavonski Brod").
   */
  List<Place> named(Sentence s) {
    List<Place> out = new ArrayList<>();
    Map<Integer, NameMatch> byToken = matchesOf(s);
    for (int t = 0; t < s.size(); t++) {
      NameMatch m = byToken.get(t);
      if (m != null) {
        if (PLACE_KINDS.contains(m.entries().get(0).kind())) {
          Place p = placeAt(s, m.end() - 1);
          if (p != null) {
            out.add(p.span() != null ? p : new Place(p.name(), p.country(), p.lat(), p.lon(),
                new Span(s.token(m.start()).start(), s.token(m.end() - 1).end())));
          }
        }
        t = m.end() - 1;
      } else if (s.token(t).ner().equals("LOCATION")) {
        GazetteerEntry w = worldPlace(s, t);
        int[] run = properRun(s, t);
        if (w != null) {
          out.add(world(s, t, w));
        }
        t = Math.max(t, run[1]);
      }
    }
    return out;
  }

  /** The countries of the demonyms the sentence uses ("Belarusian troops"), in order. */
  List<String> demonyms(Sentence s) {
    List<String> out = new ArrayList<>();
    Map<Integer, NameMatch> byToken = matchesOf(s);
    for (int t = 0; t < s.size(); t++) {
      NameMatch m = byToken.get(t);
      if (m != null) {
        if (m.entries().get(0).kind() == NameEntry.Kind.DEMONYM) {
          out.add(m.entries().get(0).country().iso3());
        }
        t = m.end() - 1;
      }
    }
    return out;
  }

  /** The place named at a token: a capital, country, city, region, or a seat of power's city. */
  Place placeAt(Sentence s, int token) {
    NameMatch m = matchesOf(s).get(token);
    if (m != null) {
      Span span = new Span(s.token(m.start()).start(), s.token(m.end() - 1).end());
      for (NameEntry e : m.entries()) {
        switch (e.kind()) {
          case CAPITAL -> {
            Country c = e.country();
            GazetteerEntry alt = other(s, m, c.capital(), c.iso3());
            if (alt != null) {
              return new Place(alt.name(), alt.country(), alt.lat(), alt.lon(), span);
            }
            return new Place(c.capital(), c.iso3(), c.capitalLat(), c.capitalLon(), span);
          }
          case COUNTRY -> {
            Country c = e.country();
            return new Place(c.name(), c.iso3(), c.lat(), c.lon(), span);
          }
          case PLACE -> {
            GazetteerEntry g = e.place();
            // one name, several places: "Valencia" beside "Venezuelan security forces"
            GazetteerEntry alt = other(s, m, g.name(), g.country());
            if (alt != null) {
              return new Place(alt.name(), alt.country(), alt.lat(), alt.lon(), span);
            }
            return new Place(g.name(), g.country(), g.lat(), g.lon(), span);
          }
          case METONYM -> {
            GazetteerEntry g = knowledge.gazetteer().named(e.metonym().place());
            if (g != null) {
              return new Place(g.name(), g.country(), g.lat(), g.lon(), span);
            }
          }
          default -> { }
        }
      }
      return null;
    }
    GazetteerEntry world = worldPlace(s, token);
    if (world != null) {
      return world(s, token, world);
    }
    // "the city of Ganja", "a village in the Sagaing region", "a camp on the outskirts of Goma"
    return commonNounPlace(s, token, 0);
  }

  private Place commonNounPlace(Sentence s, int token, int depth) {
    if (s.token(token).isNoun() && s.parsed() && depth < 3) {
      for (String prep : List.of("of", "in", "near", "with", "on", "outside")) {
        for (int of : Syntax.prepositional(s, token, prep)) {
          NameMatch om = matchesOf(s).get(of);
          if (om == null) {
            // "in the central Sagaing region": the name is a modifier of "region"
            for (int c : s.parse().children(of, "compound")) {
              om = om == null ? matchesOf(s).get(c) : om;
            }
          }
          if (om != null && (om.has(NameEntry.Kind.PLACE) || om.has(NameEntry.Kind.CAPITAL)
              || !prep.equals("of") && om.has(NameEntry.Kind.COUNTRY))) {
            return placeAt(s, om.end() - 1);
          }
          if (om == null && !prep.equals("with")) {
            GazetteerEntry w = worldPlace(s, of);
            if (w != null) {
              return world(s, of, w);
            }
            if (!s.token(of).isProperNoun()) {
              Place deeper = commonNounPlace(s, of, depth + 1);
              if (deeper != null) {
                return deeper;
              }
            }
          }
        }
      }
    }
    return countryDescribed(s, token);
  }

  /** "on Ukraine's borders", "in eastern Ukraine": a place described through its country. */
  private Place countryDescribed(Sentence s, int token) {
    if (s.token(token).isNoun()) {
      ParseTree p = s.parse();
      for (int c : p.children(token)) {
        String r = p.relation(c);
        // "on Ukraine's borders", "the Syria coast"; not "a US cyberattack"
        if (r.equals("nmod:poss") || r.equals("compound") && Syntax.GEOGRAPHIC_NOUNS.contains(s.token(token).lemma())) {
          NameMatch cm = matchesOf(s).get(c);
          NameEntry e = cm == null ? null : cm.first(NameEntry.Kind.COUNTRY);
          if (e != null) {
            int[] np = Syntax.nounPhrase(s, token);
            int first = np[0];
            while (first < token && (s.token(first).pos().equals("DT") || s.token(first).pos().equals("JJ"))) {
              first++;
            }
            Span span = new Span(s.token(first).start(), s.token(np[1]).end());
            return new Place(span.of(text.text()), e.country().iso3(), null, null, span);
          }
        }
      }
    }
    return null;
  }
}
