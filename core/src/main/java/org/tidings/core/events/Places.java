package org.tidings.core.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tidings.core.knowledge.Knowledge;
import org.tidings.core.model.Place;
import org.tidings.core.nlp.ParseTree;
import org.tidings.core.nlp.Sentence;
import org.tidings.core.pipeline.Analysis;

/**
 * The place of an event: the locative phrase ("in Kyiv", "at the White House", "on Ukraine's
 * borders") attached to its trigger, its object or a speaking participle, and the scene a
 * sentence sets. Names are resolved by {@link PlaceNames}.
 */
final class Places {
  private static final Set<String> EVENT_LOCATIVES = Set.of("in", "at", "near", "on", "along", "inside",
      "outside", "across", "throughout", "within", "around", "into", "through", "to");

  private final Knowledge knowledge;
  private final PlaceNames names;

  Places(Knowledge knowledge, PlaceNames names) {
    this.knowledge = knowledge;
    this.names = names;
  }

  /** The places of an analysed article, weighing shared names by the countries of its actors. */
  static Places of(Knowledge knowledge, Analysis analysis) {
    return new Places(knowledge, PlaceNames.of(knowledge, analysis));
  }

  /** The names of places in the article, resolved in context. */
  PlaceNames names() {
    return names;
  }

  /** The place an event happened, from the locatives on its trigger or light verb; null if the clause names none. */
  Place eventPlace(Sentence s, int trigger, int lightVerb) {
    ParseTree tree = s.parse();
    List<Integer> hosts = new ArrayList<>(List.of(trigger));
    if (lightVerb >= 0) {
      hosts.add(lightVerb);
    }
    // "repelled assaults around Bakhmut": a place on the object is the event's too
    int obj = s.token(trigger).isVerb() ? tree.child(trigger, "obj") : -1;
    if (obj >= 0) {
      hosts.add(obj);
      // "repelled dozens of assaults around Bakhmut": the object's "of" noun carries it
      for (int n : tree.children(obj, "nmod")) {
        if ("of".equals(tree.caseMarker(n, s.tokens()))) {
          hosts.add(n);
        }
      }
    }
    // "Speaking in Minsk, the president accused ...": where the speaker was
    for (int c : tree.children(trigger, "advcl")) {
      if (SPEAKING.contains(s.token(c).lemma())) {
        hosts.add(c);
      }
    }
    // "agreed to a ceasefire after ten hours of talks in Moscow": where the talks were
    for (int o : tree.children(trigger, "obl")) {
      if (GATHERING_MARKERS.contains(String.valueOf(tree.caseMarker(o, s.tokens())))) {
        for (int n : ofChain(tree, s, o)) {
          if (GATHERINGS.contains(s.token(n).lemma())) {
            hosts.add(n);
          }
        }
      }
    }
    // "Speaking in Minsk, where she had travelled ..., the president accused ...": an opening
    // participle of speaking sets the place of the clause with a subject, however it is parsed
    int subject = tree.child(trigger, "nsubj");
    if (trigger > 0 && subject >= 0 && s.size() > 0 && SPEAKING.contains(s.token(0).lemma())
        && s.token(0).pos().equals("VBG") && !hosts.contains(0)) {
      hosts.add(0);
    }
    // "Macri, speaking at a rally in Cordoba, demanded ...": the same, on the subject
    if (subject >= 0) {
      for (int c : tree.children(subject, "acl")) {
        if (SPEAKING.contains(s.token(c).lemma()) && s.token(c).pos().equals("VBG")) {
          hosts.add(c);
        }
      }
    }
    // "sent a rescue team and helicopters to Haiti": what is sent arrives, and acts, there
    Place best = SENDING.contains(s.token(trigger).lemma()) ? destination(s, trigger) : null;
    for (int host : hosts) {
      Place found = locativeOf(s, host);
      if (found != null && (best == null || rank(found) > rank(best))) {
        best = found;
      }
    }
    return best != null && rank(best) == 0 ? narrower(s, trigger, best) : best;
  }

  /** Verbs whose object is the place they happen at ("visited the camp"). */
  private static final Set<String> VISITING = Set.of("visit", "tour");

  /**
   * "visited the Zaatari camp on Monday and urged Syria to take back ...": a verb joined to
   * an earlier one, naming no place of its own, happens where the earlier one does: at its
   * locative, or at the place a verb of visiting has for object. Null when the earlier verb names none.
   */
  Place sharedPlace(Sentence s, int trigger) {
    ParseTree tree = s.parse();
    int head = tree.head(trigger);
    if (head < 0 || !"conj".equals(tree.relation(trigger)) || !s.token(trigger).isVerb()
        || !s.token(head).isVerb()) {
      return null;
    }
    Place place = eventPlace(s, head, -1);
    int obj = tree.child(head, "obj");
    if (place == null && obj >= 0 && VISITING.contains(s.token(head).lemma())) {
      place = names.placeAt(s, obj);
    }
    return place;
  }

  private static final Set<String> BORDERS = Set.of("border", "frontier", "boundary");

  /**
   * "Belarusian troops massed on the border with Poland": a border named by the neighbour, for an
   * actor of another country, is that actor's side of it (in the actor's country), not the neighbour.
   */
  Place borderSide(Sentence s, Place place, String actorCountry) {
    if (place == null || place.span() == null || actorCountry == null || actorCountry.equals(place.country())) {
      return place;
    }
    int t = s.tokenAt(place.span().start());
    if (t < 0) {
      return place;
    }
    ParseTree tree = s.parse();
    // the head word of a name of several words ("the Czech Republic")
    for (int guard = 0; guard < 8 && tree.head(t) >= 0 && s.token(tree.head(t)).start() >= place.span().start()
        && s.token(tree.head(t)).end() <= place.span().end(); guard++) {
      t = tree.head(t);
    }
    int head = tree.head(t);
    var own = knowledge.countries().get(actorCountry);
    if (head < 0 || own == null || !"with".equals(tree.caseMarker(t, s.tokens()))
        || !BORDERS.contains(s.token(head).lemma())) {
      return place;
    }
    return new Place(own.name() + "–" + place.name() + " border", actorCountry, null, null, place.span());
  }

  /** Verbs of sending whose destination ("to Haiti") is where the event takes place. */
  private static final Set<String> SENDING = Set.of("send", "deploy", "dispatch", "ship", "airlift", "deliver");

  private static final Set<String> SENT_PHRASE = Set.of("obj", "obl", "nmod", "compound", "flat", "appos", "dep",
      "conj");

  /** The first named place a "to" phrase in the sending verb's own phrases names, however it is attached. */
  private Place destination(Sentence s, int trigger) {
    ParseTree tree = s.parse();
    for (int t = trigger + 1; t < s.size(); t++) {
      if (!"to".equals(tree.caseMarker(t, s.tokens()))) {
        continue;
      }
      Place place = inPhraseOf(tree, trigger, t, SENT_PHRASE) ? names.placeAt(s, t) : null;
      if (place != null) {
        return place;
      }
    }
    return null;
  }

  /** Markers of an oblique that tells the gathering an event came out of. */
  private static final Set<String> GATHERING_MARKERS = Set.of("after", "during", "following", "at");

  /** Nouns of gatherings whose place is that of what they agree or decide. */
  private static final Set<String> GATHERINGS = Set.of("talk", "talks", "meeting", "summit", "negotiation",
      "negotiations", "conference", "session", "consultation", "consultations");

  /** A noun and the nouns its "of" phrases name, one after another ("hours of talks"). */
  private static List<Integer> ofChain(ParseTree tree, Sentence s, int noun) {
    List<Integer> out = new ArrayList<>(List.of(noun));
    for (int i = 0; i < out.size() && out.size() < 4; i++) {
      for (int m : tree.children(out.get(i), "nmod")) {
        if ("of".equals(tree.caseMarker(m, s.tokens()))) {
          out.add(m);
        }
      }
    }
    return out;
  }

  /** "In Libya, forces shelled the outskirts of Tripoli": a town of the same country in the clause says more. */
  private Place narrower(Sentence s, int trigger, Place country) {
    ParseTree tree = s.parse();
    for (int t = 0; t < s.size(); t++) {
      if (!s.token(t).isProperNoun() || !inPhraseOf(tree, trigger, t)
          || country.span() != null && s.token(t).start() >= country.span().start()
              && s.token(t).end() <= country.span().end()) {
        continue;
      }
      Place town = names.placeAt(s, t);
      if (town != null && rank(town) == 2 && town.country().equals(country.country())) {
        return town;
      }
    }
    return country;
  }

  private static final Set<String> PHRASE_RELATIONS = Set.of("obj", "obl", "nmod", "compound", "flat", "appos");

  /** A word in the trigger's own nominal phrases, not in another clause or its subject ("and Warsaw sent ..."). */
  private static boolean inPhraseOf(ParseTree tree, int trigger, int token) {
    return inPhraseOf(tree, trigger, token, PHRASE_RELATIONS);
  }

  /** A word reached from the trigger through the given relations only. */
  private static boolean inPhraseOf(ParseTree tree, int trigger, int token, Set<String> relations) {
    for (int t = token, guard = 0; t >= 0 && guard <= tree.size(); t = tree.head(t), guard++) {
      if (t == trigger) {
        return true;
      }
      if (!relations.contains(tree.baseRelation(t))) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> SPEAKING = Set.of("speak", "talk", "address", "visit", "tour",
      "stand", "attend", "appear");

  /** The first named place the sentence locates something in ("in Tbilisi"): the scene it sets. */
  Place scene(Sentence s) {
    ParseTree p = s.parse();
    for (int t = 0; t < s.size(); t++) {
      String marker = p.caseMarker(t, s.tokens());
      if (marker != null && EVENT_LOCATIVES.contains(marker) && !marker.equals("to") && !marker.equals("on")
          && (p.baseRelation(t).equals("obl") || p.baseRelation(t).equals("nmod"))) {
        Place place = names.placeAt(s, t);
        if (place != null && place.lat() != null) {
          return place;
        }
      }
    }
    return null;
  }

  /** Cities and towns say more than regions, regions more than whole countries. */
  private int rank(Place p) {
    var country = knowledge.countries().get(p.country());
    if (country != null && country.name().equals(p.name())) {
      return 0;
    }
    return p.lat() == null ? 1 : 2;
  }

  /** The first place in a locative phrase on a word: "in Kyiv", "at the White House", "from Berlin" when speaking. */
  private Place locativeOf(Sentence s, int host) {
    ParseTree p = s.parse();
    boolean speaking = SPEAKING.contains(s.token(host).lemma())
        && (p.relation(host).equals("advcl") || p.relation(host).equals("acl"));
    for (int c : p.children(host)) {
      String base = p.baseRelation(c);
      if (!base.equals("obl") && !base.equals("nmod") || p.relation(c).equals("nmod:poss")) {
        continue;
      }
      String marker = p.caseMarker(c, s.tokens());
      boolean locative = marker != null && EVENT_LOCATIVES.contains(marker) && !marker.equals("to")
          || speaking && "from".equals(marker);
      if (!locative) {
        continue;
      }
      Place place = names.placeAt(s, c);
      if (place != null) {
        return place;
      }
    }
    return null;
  }
}
