package org.tidings.core.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tidings.core.knowledge.Office;
import org.tidings.core.knowledge.People;
import org.tidings.core.model.Actor;
import org.tidings.core.model.MentionKind;
import org.tidings.core.nlp.AnnotatedText;
import org.tidings.core.nlp.ParseTree;
import org.tidings.core.nlp.Sentence;

/**
 * Resolves, within one article and in reading order, what the sentence-level finder could not:
 * personal pronouns to the person most likely meant (the subject of the nearest earlier
 * sentence that has a person, or an earlier subject of the same sentence), descriptions without
 * a country to the latest mention of the same sector that has one, unknown surnames to an
 * earlier full name, and organisation descriptions ("the alliance") to the organisation last
 * named that they describe.
 */
final class Coreference {
  private static final int LOOK_BACK = 3;

  private final People people;

  Coreference(People people) {
    this.people = people;
  }

  /**
   * Resolves candidates in place order; unresolved ones come back with a null actor.
   *
   * @param focus the article's focus country, the last resort for a description with no country
   */
  List<Resolved> resolve(AnnotatedText text, List<List<Candidate>> bySentence, String focus, LocalDate date) {
    List<Resolved> done = new ArrayList<>();
    for (int si = 0; si < bySentence.size(); si++) {
      Sentence s = text.sentences().get(si);
      for (Candidate c : bySentence.get(si)) {
        if (ActorFinder.PAIR.equals(c.role())) {
          done.addAll(pair(c, done));
        } else {
          done.add(resolveOne(text, s, c, done, focus, date));
        }
      }
    }
    return done;
  }

  /** A candidate and the mention it was resolved to, if any. */
  record Resolved(Candidate candidate, Actor actor, Resolved antecedent) {}

  /**
   * "Both sides", "the two countries", "each other": the two states the article has named most
   * so far, as two resolutions of the same words.
   */
  private List<Resolved> pair(Candidate c, List<Resolved> done) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Actor> example = new HashMap<>();
    for (Resolved r : done) {
      Actor a = r.actor();
      if (a == null || a.country() == null || r.candidate().role() == ActorFinder.PAIR) {
        continue;
      }
      counts.merge(a.country(), 1, Integer::sum);
      if (!example.containsKey(a.country()) || a.sector() != null && "GOV".equals(a.sector())) {
        example.put(a.country(), Actor.of(a.country(), "GOV", null));
      }
    }
    List<String> top = counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(2).map(Map.Entry::getKey).toList();
    if (top.size() < 2) {
      return List.of(new Resolved(c, null, null));
    }
    return List.of(new Resolved(c, example.get(top.get(0)), null), new Resolved(c, example.get(top.get(1)), null));
  }

  private Resolved resolveOne(AnnotatedText text, Sentence s, Candidate c, List<Resolved> done, String focus,
      LocalDate date) {
    Actor a = c.actor();
    if (c.kind() == MentionKind.PRONOUN) {
      Resolved ante = pronounAntecedent(text, s, c, done);
      return new Resolved(c, ante == null ? null : ante.actor(), ante);
    }
    if (c.kind() == MentionKind.NAME && (a == null || a.code() == null && a.sector() == null)) {
      String surname = s.token(c.last()).text();
      for (int k = done.size() - 1; k >= 0; k--) {
        Resolved r = done.get(k);
        if (r.actor() != null && r.candidate().person() && r.actor().name() != null
            && shortFormOf(surname, r.actor().name())) {
          return new Resolved(c, r.actor(), r);
        }
      }
      if (a == null) {
        return new Resolved(c, null, null);
      }
    }
    Resolved ante = null;
    if (a != null && a.code() == null) {
      Resolved placed = a.name() == null ? locate(text, s, c, a, done) : null;
      if (placed != null) {
        a = placed.actor();
        ante = placed.antecedent();
      } else {
        // the place the sentence (or the two before it) is about, else what the article is about;
        // a person met somewhere is not from there, so only the article's focus speaks for a name
        String country = c.kind() == MentionKind.NAME ? focus
            : c.placeCountry() != null ? c.placeCountry() : recentPlace(text, c, done, focus);
        if (country == null) {
          return new Resolved(c, null, null);
        }
        a = Actor.of(country, a.sector() == null || a.sector().isEmpty() ? null : a.sector(), a.name());
      }
    }
    if (a != null && c.role() != null && a.name() == null) {
      Resolved role = role(c, a, done, date);
      if (role != null) {
        return role;
      }
    }
    if (a != null && c.role() != null && a.name() == null && a.country() != null) {
      // "the German leader" with no known holder: the latest person of that country
      for (int k = done.size() - 1; k >= 0; k--) {
        Resolved r = done.get(k);
        if (r.actor() != null && r.candidate().person() && r.actor().name() != null
            && a.country().equals(r.actor().country())) {
          return new Resolved(c, r.actor(), r);
        }
      }
    }
    return new Resolved(c, a, ante);
  }

  /**
   * A description with no country of its own ("the ministers", "senior commanders", "four
   * soldiers", "the separatists"): the latest mention with the same head noun, the subject of
   * its clause, the place its sentence names, else (for a plural) the latest mention of its
   * sector. Null when none of these says.
   */
  private Resolved locate(AnnotatedText text, Sentence s, Candidate c, Actor a, List<Resolved> done) {
    String lemma = s.token(c.head()).lemma();
    for (int k = done.size() - 1; k >= 0; k--) {
      Resolved r = done.get(k);
      if (c.sentence() - r.candidate().sentence() > 2 * LOOK_BACK) {
        break;
      }
      Sentence rs = text.sentences().get(r.candidate().sentence());
      if (r.actor() != null && r.actor().code() != null && rs.token(r.candidate().head()).lemma().equals(lemma)
          && r.candidate() != c) {
        return new Resolved(c, r.actor().name() == null ? r.actor() : r.actor().withName(null), r);
      }
    }
    // "Zelensky met senior commanders": the people a home actor acts on are its own
    Actor subject = clauseSubject(s, c, done);
    if (subject != null && subject.country() != null && !subject.country().equals(a.country())) {
      return new Resolved(c, Actor.of(subject.country(), a.sector(), null), null);
    }
    // "four soldiers ... in Homs": the place the sentence names comes before earlier mentions
    if (c.placeCountry() != null) {
      return new Resolved(c, Actor.of(c.placeCountry(), a.sector(), null), null);
    }
    // "the separatists" (a plural): the latest mention of that sector with a country
    if (s.token(c.head()).pos().endsWith("S")) {
      for (int k = done.size() - 1; k >= 0; k--) {
        Resolved r = done.get(k);
        if (c.sentence() - r.candidate().sentence() > LOOK_BACK) {
          break;
        }
        if (r.actor() != null && r.actor().country() != null && a.sector().equals(r.actor().sector())) {
          return new Resolved(c, Actor.of(r.actor().country(), a.sector(), null), r);
        }
      }
    }
    return null;
  }

  /**
   * "The German leader", "the UN chief", "the former Estonian prime minister": a person the
   * article has named who holds (or, for "former", held) that office, else today's holder.
   */
  private Resolved role(Candidate c, Actor a, List<Resolved> done, LocalDate date) {
    boolean former = c.role().startsWith(Descriptions.FORMER);
    String kind = former ? c.role().substring(Descriptions.FORMER.length()) : c.role();
    String owner = a.country() != null ? a.country() : a.code();
    java.util.function.Predicate<Office> fits = o -> o.country().equals(owner)
        && (kind.equals("executive") ? o.executive() || a.country() == null && !o.officeKind().equals("spokesperson")
            : o.officeKind().equals(kind))
        && (former || date == null || o.heldOn(date));
    for (int k = done.size() - 1; k >= 0; k--) {
      Resolved r = done.get(k);
      if (r.actor() != null && r.actor().name() != null && r.candidate().person()
          && people.offices(r.actor().name()).stream().anyMatch(fits)) {
        return new Resolved(c, r.actor(), r);
      }
    }
    if (former || date == null) {
      return null;
    }
    return people.holder(owner, fits, date)
        .map(o -> new Resolved(c, a.country() == null ? new Actor(a.code(), null, null, o.name())
            : Actor.of(a.country(), o.sector(), o.name()), null))
        .orElse(null);
  }

  private Resolved pronounAntecedent(AnnotatedText text, Sentence s, Candidate c, List<Resolved> done) {
    // an earlier subject in the same sentence: "Macron acknowledged ..., but he expressed ..."
    Resolved best = null;
    for (Resolved r : done) {
      if (r.candidate().sentence() == s.index() && r.candidate().head() < c.head() && isPersonActor(r)
          && isSubject(s, r.candidate().head()) && !sameClauseArgument(s, r.candidate().head(), c.head())) {
        best = r;
      }
    }
    if (best != null) {
      return best;
    }
    // "police detained Mayor Imamoglu ..., accusing him": an earlier argument of the same sentence
    for (Resolved r : done) {
      if (r.candidate().sentence() == s.index() && r.candidate().head() < c.head() && isPersonActor(r)
          && isArgument(s, r.candidate().head()) && !sameClauseArgument(s, r.candidate().head(), c.head())) {
        return r;
      }
    }
    for (int back = 1; back <= LOOK_BACK && s.index() - back >= 0; back++) {
      int si = s.index() - back;
      Sentence prev = text.sentences().get(si);
      Resolved mainSubject = null;
      Resolved anySubject = null;
      Resolved firstPerson = null;
      for (Resolved r : done) {
        if (r.candidate().sentence() != si || !isPersonActor(r)) {
          continue;
        }
        if (firstPerson == null) {
          firstPerson = r;
        }
        if (isMainSubject(prev, r.candidate().head()) && mainSubject == null) {
          mainSubject = r;
        } else if (isSubject(prev, r.candidate().head()) && anySubject == null) {
          anySubject = r;
        }
      }
      if (mainSubject != null) {
        return mainSubject;
      }
      if (anySubject != null) {
        return anySubject;
      }
      if (firstPerson != null) {
        return firstPerson;
      }
    }
    return null;
  }

  /** The actor of the subject of the clause an object or oblique belongs to, if resolved already. */
  private static Actor clauseSubject(Sentence s, Candidate c, List<Resolved> done) {
    if (!s.parsed()) {
      return null;
    }
    var p = s.parse();
    String rel = p.baseRelation(c.head());
    if (!rel.equals("obj") && !rel.equals("obl") && !rel.equals("iobj")) {
      return null;
    }
    int verb = p.head(c.head());
    int subj = verb < 0 ? -1 : p.child(verb, "nsubj");
    if (subj < 0) {
      return null;
    }
    for (int k = done.size() - 1; k >= 0; k--) {
      Resolved r = done.get(k);
      if (r.candidate().sentence() == c.sentence() && r.candidate().head() == subj) {
        return r.actor();
      }
    }
    return null;
  }

  /** The country of a place the two sentences before, in the same paragraph, named as a location: the scene goes on. */
  private static String recentPlace(AnnotatedText text, Candidate c, List<Resolved> done, String focus) {
    int paragraph = text.sentences().get(c.sentence()).paragraph();
    for (int k = done.size() - 1; k >= 0; k--) {
      Candidate r = done.get(k).candidate();
      if (c.sentence() - r.sentence() > 2 || text.sentences().get(r.sentence()).paragraph() != paragraph) {
        break;
      }
      if (r.sentence() < c.sentence() && r.placeCountry() != null) {
        return r.placeCountry();
      }
    }
    return focus;
  }

  /** "Imamoglu" for "Ekrem Imamoglu"; "Kim" for "Kim Jong Un", "Li" for "Li Keqiang" (family name first). */
  static boolean shortFormOf(String word, String name) {
    String[] parts = name.split(" ");
    return parts.length >= 2 && (parts[parts.length - 1].equals(word) || parts[0].equals(word));
  }

  private static boolean isPersonActor(Resolved r) {
    return r.actor() != null && r.candidate().person();
  }

  private static boolean isSubject(Sentence s, int token) {
    if (!s.parsed()) {
      return token == 0 || s.token(token - 1).text().equals(",");
    }
    String r = s.parse().relation(token);
    return r.startsWith("nsubj");
  }

  private static boolean isArgument(Sentence s, int token) {
    if (!s.parsed()) {
      return false;
    }
    String r = s.parse().baseRelation(token);
    return r.equals("nsubj") || r.equals("obj") || r.equals("iobj");
  }

  private static boolean isMainSubject(Sentence s, int token) {
    if (!s.parsed()) {
      return token <= 1;
    }
    ParseTree p = s.parse();
    if (!p.relation(token).startsWith("nsubj")) {
      // "According to Alexander Khodakovsky, ..." keeps its speaker as the most salient person
      return false;
    }
    int h = p.head(token);
    return h >= 0 && (p.relation(h).equals("root") || p.head(h) < 0);
  }

  /** True when both tokens are arguments of the same verb ("Putin urged him": him is not Putin). */
  private static boolean sameClauseArgument(Sentence s, int a, int b) {
    if (!s.parsed()) {
      return false;
    }
    ParseTree p = s.parse();
    int ha = p.head(a);
    int hb = p.head(b);
    if (s.token(b).pos().equals("PRP$")) {
      return false;
    }
    return ha >= 0 && ha == hb && !s.token(b).text().toLowerCase(Locale.ROOT).equals("his");
  }
}
