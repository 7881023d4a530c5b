package org.tidings.core.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tidings.core.knowledge.AgentNoun;
import org.tidings.core.knowledge.Knowledge;
import org.tidings.core.knowledge.NameEntry;
import org.tidings.core.knowledge.NameMatch;
import org.tidings.core.model.Actor;
import org.tidings.core.model.MentionKind;
import org.tidings.core.nlp.ParseTree;
import org.tidings.core.nlp.Sentence;
import org.tidings.core.nlp.Token;
import org.tidings.core.text.Syntax;

/**
 * Actors described by agent nouns: the sector from the highest-ranked noun of the phrase, the
 * country from a demonym, a country or capital in it or in a phrase on it ("officials in the
 * United States"), a name the knowledge files lack ("Interior Minister Kithure Kindiki"), and the
 * office a singular definite description stands for ("the German leader").
 */
final class Descriptions {
  private final Knowledge knowledge;
  private final PersonActors persons;

  Descriptions(Knowledge knowledge, PersonActors persons) {
    this.knowledge = knowledge;
    this.persons = persons;
  }

  private static final Map<String, String> ROLE_NOUNS = Map.ofEntries(
      Map.entry("leader", "executive"),
      Map.entry("president", "head_of_state"),
      Map.entry("prime minister", "head_of_government"),
      Map.entry("premier", "head_of_government"),
      Map.entry("chancellor", "head_of_government"),
      Map.entry("foreign minister", "foreign_minister"),
      Map.entry("defence minister", "defence_minister"),
      Map.entry("defense minister", "defence_minister"),
      Map.entry("spokesman", "spokesperson"),
      Map.entry("spokeswoman", "spokesperson"),
      Map.entry("spokesperson", "spokesperson"),
      Map.entry("press secretary", "spokesperson"),
      Map.entry("chief", "executive"),
      Map.entry("head", "executive"),
      Map.entry("secretary-general", "executive"),
      Map.entry("secretary general", "executive"));

  /** Marks a role held before the article's date: "the former Estonian prime minister". */
  static final String FORMER = "former:";

  private static final Set<String> ORIGIN_PREPOSITIONS = Set.of("in", "from", "of", "at", "for");

  /** "Nelson Chamisa, the opposition leader,": the sector (and country) an apposition gives an unknown name. */
  Actor apposition(Sentence s, int head, String name, List<Candidate> found) {
    if (!s.parsed()) {
      return null;
    }
    ParseTree p = s.parse();
    int other = p.relation(head).equals("appos") ? p.head(head) : p.child(head, "appos");
    if (other < 0 && (p.relation(head).equals("dep") || p.relation(head).equals("flat"))
        && s.token(p.head(head)).isNoun()) {
      // "Myanmar's national security adviser Thaung Tun", parsed loosely
      other = p.head(head);
    }
    if (other < 0) {
      return null;
    }
    for (int k = 0; k < found.size(); k++) {
      Candidate c = found.get(k);
      if (c.head() == other && c.actor() != null && c.actor().sector() != null) {
        Actor named = c.actor().country() == null ? new Actor(null, null, c.actor().sector(), name)
            : Actor.of(c.actor().country(), c.actor().sector(), name);
        // "The town's mayor, Ivana Maric,": the description names her too
        found.set(k, new Candidate(c.sentence(), c.first(), c.last(), c.head(), named, c.kind(), true, null,
            c.coordinatedWith(), c.placeCountry()));
        return named;
      }
    }
    int[] np = Syntax.nounPhrase(s, other);
    String sector = knowledge.agentNouns().strongestSector(PersonActors.lemmas(s, np[0], np[1]));
    return sector == null ? null : new Actor(null, null, sector, name);
  }

  /** The agent-noun term (one or two words) ending at token h, if h is a noun naming an actor. */
  String agentTerm(Sentence s, int h) {
    Token t = s.token(h);
    if (!t.isNoun()) {
      return null;
    }
    if (h > 0) {
      String two = s.token(h - 1).lemma() + " " + t.lemma();
      AgentNoun n2 = knowledge.agentNouns().get(two);
      if (n2 != null && n2.person()) {
        return two;
      }
      String twoText = (s.token(h - 1).text() + " " + t.text()).toLowerCase(Locale.ROOT);
      AgentNoun n3 = knowledge.agentNouns().get(twoText);
      if (n3 != null && n3.person()) {
        return twoText;
      }
    }
    for (String k : List.of(t.lemma(), t.text().toLowerCase(Locale.ROOT))) {
      AgentNoun n = knowledge.agentNouns().get(k);
      if (n != null && n.person()) {
        return k;
      }
    }
    return null;
  }

  /** The head of an unknown person's name that the title at {@code h} modifies, or -1. */
  static int unknownNameHead(Sentence s, int h, Map<Integer, NameMatch> matchAt) {
    if (!s.parsed()) {
      return -1;
    }
    int head = s.parse().head(h);
    while (head >= 0 && s.parse().relation(head).equals("compound") && head < s.size()
        && s.token(head).ner().equals("PERSON")) {
      head = s.parse().head(head);
    }
    if (head < 0 || !s.token(head).ner().equals("PERSON") || matchAt.containsKey(head)) {
      return -1;
    }
    return head;
  }

  /** A noun is a phrase head when it does not itself modify a following noun or name. */
  boolean isPhraseHead(Sentence s, int h, Map<Integer, NameMatch> matchAt) {
    if (s.parsed()) {
      ParseTree p = s.parse();
      String r = p.relation(h);
      if (r.equals("compound") || r.equals("amod")) {
        int head = p.head(h);
        return head < 0 || !(s.token(head).isNoun());
      }
      return true;
    }
    return h + 1 >= s.size() || !s.token(h + 1).isNoun();
  }

  Candidate description(Sentence s, int h, String term, Map<Integer, NameMatch> matchAt, LocalDate date) {
    int[] np = Syntax.nounPhrase(s, h);
    int first = np[0];
    int last = np[1];
    String sector = null;
    int rank = Integer.MIN_VALUE;
    String country = null;
    String orgCode = null;
    String orgName = null;
    String person = null;
    for (int t = first; t <= last; t++) {
      AgentNoun n = knowledge.agentNouns().get(s.token(t).lemma());
      if (n == null) {
        n = knowledge.agentNouns().get(s.token(t).text().toLowerCase(Locale.ROOT));
      }
      if (n != null && n.rank() > rank) {
        rank = n.rank();
        sector = n.sector();
      }
      NameMatch m = matchAt.get(t);
      if (m == null) {
        continue;
      }
      NameEntry e = m.entries().get(0);
      switch (e.kind()) {
        case COUNTRY, DEMONYM, CAPITAL -> country = country == null ? e.country().iso3() : country;
        case METONYM -> country = country == null ? ActorFinder.countryOf(e.metonym().code()) : country;
        case ORGANISATION -> {
          if (e.organisation().country() != null) {
            country = country == null ? e.organisation().country() : country;
          } else {
            orgCode = e.organisation().code();
            orgName = e.organisation().name();
          }
        }
        case PERSON -> person = e.personName();
        default -> { }
      }
    }
    AgentNoun two = knowledge.agentNouns().get(term);
    if (two != null && two.rank() >= rank) {
      sector = two.sector();
    }
    // "Singapore, whose Prime Minister ...": the country the relative clause hangs on
    if (country == null && orgCode == null && s.parsed()) {
      for (int t = first; t <= last; t++) {
        if (s.token(t).pos().equals("WP$")) {
          // the nearest noun the clause hangs on
          int up = s.parse().head(h);
          for (int guard = 0; up >= 0 && guard < 6 && !s.token(up).isNoun(); guard++) {
            up = s.parse().head(up);
          }
          if (up >= 0) {
            country = countryOfToken(up, matchAt);
          }
        }
      }
    }
    // "officials in the United States", "a commander in Ukraine's east", "representatives from Russia"
    int extendTo = last;
    if (country == null && orgCode == null && s.parsed()) {
      for (String prep : ORIGIN_PREPOSITIONS) {
        for (int pp : Syntax.prepositional(s, h, prep)) {
          String c = countryIn(s, pp, matchAt);
          if (c != null && country == null) {
            country = c;
            extendTo = Math.max(extendTo, Syntax.nounPhrase(s, pp)[1]);
          }
        }
      }
    }
    if (person != null) {
      Actor a = persons.actor(person, date);
      if ("ELI".equals(a.sector()) && sector != null) {
        // "Opposition leader Raila Odinga": out of office, the title says what he is now
        a = a.withSector(sector);
      }
      return new Candidate(s.index(), first, extendTo, h, a, MentionKind.NAME, true, null, -1, null);
    }
    boolean plural = s.token(h).pos().endsWith("S");
    String unknownName = unknownName(s, first, last, matchAt);
    String role = plural || unknownName != null ? null : ROLE_NOUNS.get(term);
    if (role != null && !isDefinite(s, first)) {
      role = null;
    }
    if (role != null && hasFormer(s, first, last)) {
      role = FORMER + role;
    }
    if (orgCode != null && country == null) {
      // "the UN chief": the organisation, and who holds its office is left to coreference
      String name = unknownName != null ? unknownName : role == null ? orgName : null;
      return new Candidate(s.index(), first, extendTo, h, Actor.organisation(orgCode, name),
          unknownName != null ? MentionKind.NAME : MentionKind.DESCRIPTION, role != null || unknownName != null, role,
          -1, null);
    }
    Actor actor = country == null ? null : Actor.of(country, sector, unknownName);
    if (actor == null && sector == null) {
      return null;
    }
    if (actor == null) {
      actor = new Actor(null, null, sector, unknownName);
    }
    boolean individual = unknownName != null || !plural && isIndividual(s.token(h));
    return new Candidate(s.index(), first, extendTo, h, actor,
        unknownName != null ? MentionKind.NAME : MentionKind.DESCRIPTION, individual, role, -1, null);
  }

  private static final Set<String> INDIVIDUALS = Set.of("judge", "chief", "general", "envoy", "diplomat", "official",
      "king", "queen", "emir", "prince", "princess", "pope", "premier", "president", "head", "deputy", "aide",
      "colonel", "captain", "lieutenant", "sergeant", "cleric", "imam", "priest", "monk", "sheikh", "counterpart",
      "candidate", "mayor", "delegate", "representative", "resident", "citizen", "civilian", "student", "spokesperson",
      "attache", "consul", "commander", "ruler", "monarch", "dictator", "strongman", "rival", "critic", "dissident");

  /** A word for one person ("the minister", "a spokeswoman"), not a body ("the police", "the ministry"). */
  private static boolean isIndividual(Token head) {
    String w = head.lemma();
    if (INDIVIDUALS.contains(w)) {
      return true;
    }
    for (String suffix : List.of("er", "or", "ist", "man", "woman", "ian", "eer", "ee", "ary", "ant", "ive")) {
      if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
        return true;
      }
    }
    return false;
  }

  /** A person's name the knowledge files do not hold, inside a description: "Interior Minister Kithure Kindiki". */
  private static String unknownName(Sentence s, int first, int last, Map<Integer, NameMatch> matchAt) {
    int a = -1;
    int b = -1;
    for (int t = first; t <= last; t++) {
      boolean name = s.token(t).ner().equals("PERSON") && s.token(t).isCapitalised() && !matchAt.containsKey(t);
      if (name && a < 0) {
        a = t;
      }
      if (name) {
        b = t;
      } else if (a >= 0) {
        break;
      }
    }
    return a < 0 ? null : s.tokens().get(a).text().isEmpty() ? null
        : textOf(s, a, b);
  }

  static String textOf(Sentence s, int a, int b) {
    StringBuilder sb = new StringBuilder();
    for (int t = a; t <= b; t++) {
      if (t > a) {
        sb.append(' ');
      }
      sb.append(s.token(t).text());
    }
    return sb.toString();
  }

  /** Further countries of "representatives from Russia, Ukraine and France": one mention each. */
  List<Candidate> coordinated(Sentence s, int h, Candidate c, Map<Integer, NameMatch> matchAt) {
    List<Candidate> out = new ArrayList<>();
    if (!s.parsed() || c.actor() == null || c.actor().country() == null) {
      return out;
    }
    for (String prep : ORIGIN_PREPOSITIONS) {
      for (int pp : Syntax.prepositional(s, h, prep)) {
        List<Integer> conj = Syntax.withConjuncts(s, pp);
        for (int k = 1; k < conj.size(); k++) {
          int t = conj.get(k);
          String country = countryIn(s, t, matchAt);
          if (country != null) {
            out.add(new Candidate(s.index(), t, t, t, Actor.of(country, c.actor().sector(), null),
                MentionKind.DESCRIPTION, false, null, h, null));
          }
        }
      }
    }
    return out;
  }

  private boolean isDefinite(Sentence s, int first) {
    String w = s.token(first).text().toLowerCase(Locale.ROOT);
    return w.equals("the") || s.token(first).isProperNoun() || s.token(first).pos().equals("JJ");
  }

  private static boolean hasFormer(Sentence s, int first, int last) {
    for (int t = first; t <= last; t++) {
      String w = s.token(t).text().toLowerCase(Locale.ROOT);
      if (w.equals("former") || w.equals("ex")) {
        return true;
      }
    }
    return false;
  }

  /** The country named at or under a prepositional object: "the United States", "Ukraine's territories". */
  private String countryIn(Sentence s, int pp, Map<Integer, NameMatch> matchAt) {
    String c = countryOfToken(pp, matchAt);
    if (c != null) {
      return c;
    }
    if (s.parsed()) {
      for (int k : s.parse().children(pp)) {
        String r = s.parse().relation(k);
        if (r.equals("nmod:poss") || r.equals("amod") || r.equals("compound")) {
          c = countryOfToken(k, matchAt);
          if (c != null) {
            return c;
          }
        }
      }
    }
    return null;
  }

  private String countryOfToken(int t, Map<Integer, NameMatch> matchAt) {
    NameMatch m = matchAt.get(t);
    if (m == null) {
      return null;
    }
    for (NameEntry e : m.entries()) {
      switch (e.kind()) {
        case COUNTRY, DEMONYM, CAPITAL -> {
          return e.country().iso3();
        }
        case PLACE -> {
          return e.place().country();
        }
        case METONYM -> {
          return ActorFinder.countryOf(e.metonym().code());
        }
        default -> { }
      }
    }
    return null;
  }
}
