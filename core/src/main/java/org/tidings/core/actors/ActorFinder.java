package org.tidings.core.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tidings.core.knowledge.GazetteerEntry;
import org.tidings.core.knowledge.Knowledge;
import org.tidings.core.knowledge.NameEntry;
import org.tidings.core.knowledge.NameMatch;
import org.tidings.core.model.Actor;
import org.tidings.core.model.MentionKind;
import org.tidings.core.nlp.Sentence;
import org.tidings.core.nlp.Token;
import org.tidings.core.text.Syntax;

/**
 * Finds the actor mentions of one sentence: known people, states, organisations and seats of
 * power from the knowledge files (which win over the tagger's entity types), descriptions built
 * from agent nouns ("Belarusian military commanders"), unknown names and pronouns. Pronouns and
 * descriptions without a country are left for {@link Coreference}.
 */
final class ActorFinder {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his");

  private final Knowledge knowledge;
  private final PersonActors persons;
  private final Descriptions descriptions;

  ActorFinder(Knowledge knowledge) {
    this.knowledge = knowledge;
    this.persons = new PersonActors(knowledge);
    this.descriptions = new Descriptions(knowledge, persons);
  }

  List<Candidate> find(Sentence s, String text, LocalDate date) {
    return find(s, text, date, Set.of());
  }

  /**
   * @param surnames last names of people the article named in full whom the knowledge files do
   *     not hold; a later bare "Imamoglu" is such a person even when the tagger misses it
   */
  List<Candidate> find(Sentence s, String text, LocalDate date, Set<String> surnames) {
    List<NameMatch> matches = knowledge.names().find(text, s.tokens());
    Map<Integer, NameMatch> matchAt = new HashMap<>();
    for (NameMatch m : matches) {
      for (int t = m.start(); t < m.end(); t++) {
        matchAt.put(t, m);
      }
    }
    boolean[] used = new boolean[s.size()];
    List<Candidate> out = new ArrayList<>();

    // 1. "both sides", "the two countries", "each other": a pair resolved by coreference
    for (int i = 0; i < s.size(); i++) {
      if (isPair(s, i)) {
        out.add(new Candidate(s.index(), Math.max(0, i - 1), i, i, null, MentionKind.DESCRIPTION, false, PAIR, -1,
            null));
        used[i] = true;
        used[Math.max(0, i - 1)] = true;
      }
    }
    // 2. descriptions headed by agent nouns take their names and countries with them
    for (int h = 0; h < s.size(); h++) {
      if (used[h]) {
        continue;
      }
      String term = descriptions.agentTerm(s, h);
      if (term == null) {
        continue;
      }
      int head = h;
      if (!descriptions.isPhraseHead(s, h, matchAt)) {
        // a title before a name the knowledge files lack: "Prime Minister Ariel Henry"
        head = descriptions.unknownNameHead(s, h, matchAt);
        if (head < 0 || used[head]) {
          continue;
        }
      }
      Candidate c = descriptions.description(s, head, term, matchAt, date);
      if (c != null) {
        out.add(c);
        for (int t = c.first(); t <= c.last(); t++) {
          used[t] = true;
        }
        for (Candidate more : descriptions.coordinated(s, head, c, matchAt)) {
          out.add(more);
          NameMatch m = matchAt.get(more.head());
          for (int t = m == null ? more.first() : m.start(); t <= (m == null ? more.last() : m.end() - 1); t++) {
            used[t] = true;
          }
        }
      }
    }
    // 3. known names not inside a description
    for (NameMatch m : matches) {
      if (used[m.start()]) {
        continue;
      }
      Candidate c = named(s, m, date);
      if (c != null) {
        out.add(c);
        for (int t = c.first(); t <= c.last(); t++) {
          used[t] = true;
        }
      }
    }
    // 4. unknown people named by the tagger
    for (int i = 0; i < s.size(); i++) {
      boolean known = surnames.contains(s.token(i).text()) && s.token(i).isProperNoun();
      if (used[i] || !(s.token(i).ner().equals("PERSON") || known) || !s.token(i).isCapitalised()) {
        continue;
      }
      int j = i;
      while (j + 1 < s.size() && s.token(j + 1).ner().equals("PERSON") && !used[j + 1]) {
        j++;
      }
      if (i > 1 && s.token(i - 1).pos().equals("POS") && s.token(i - 2).isProperNoun()
          && !knowledge.world().lookup(text.substring(s.token(i - 2).start(), s.token(j).end())).isEmpty()) {
        // "Cox's Bazar": a place whose name has a possessive in it, not a person
        i = j;
        continue;
      }
      String name = descriptions.textOf(s, i, j);
      Actor described = descriptions.apposition(s, j, name, out);
      if (described == null) {
        described = persons.titledBy(s, i, j, name, out);
      }
      out.add(new Candidate(s.index(), i, j, j, described != null ? described : new Actor(null, null, null, name),
          MentionKind.NAME, true, null, -1, null));
      for (int t = i; t <= j; t++) {
        used[t] = true;
      }
      i = j;
    }
    // 5. pronouns
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      if (!used[i] && t.isPronoun() && PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT))) {
        out.add(new Candidate(s.index(), i, i, i, null, MentionKind.PRONOUN, true, null, -1, null));
      }
    }
    out.sort((a, b) -> Integer.compare(a.first(), b.first()));
    String placeCountry = placeCountry(s, text, matches);
    if (placeCountry == null) {
      return out;
    }
    List<Candidate> located = new ArrayList<>(out.size());
    for (Candidate c : out) {
      located.add(new Candidate(c.sentence(), c.first(), c.last(), c.head(), c.actor(), c.kind(), c.person(),
          c.role(), c.coordinatedWith(), placeCountry));
    }
    return located;
  }

  /**
   * The country of the first place the sentence locates something in ("in Nairobi", "near Les
   * Cayes"), else of the first city or region it names ("shelled the city of Ganja").
   */
  private String placeCountry(Sentence s, String text, List<NameMatch> matches) {
    // "Venezuelan forces ... in Valencia": a country the sentence names settles a shared place name
    Set<String> named = new HashSet<>();
    for (NameMatch m : matches) {
      for (NameEntry e : m.entries()) {
        if (e.kind() == NameEntry.Kind.DEMONYM || e.kind() == NameEntry.Kind.COUNTRY) {
          named.add(e.country().iso3());
        }
      }
    }
    for (NameMatch m : matches) {
      if ((m.has(NameEntry.Kind.PLACE) || m.has(NameEntry.Kind.CAPITAL)) && Syntax.isLocative(s, m.end() - 1)) {
        String name = m.has(NameEntry.Kind.PLACE) ? m.first(NameEntry.Kind.PLACE).place().name()
            : m.first(NameEntry.Kind.CAPITAL).country().capital();
        // "in Victoria, British Columbia": the words after the name settle it
        String q = Syntax.qualifierAfter(s, m.end() - 1, text);
        GazetteerEntry qualified = q == null ? null : knowledge.world().qualified(name, q);
        if (qualified != null) {
          return qualified.country();
        }
        for (var alt : knowledge.world().lookup(name)) {
          if (named.contains(alt.country())) {
            return alt.country();
          }
        }
      }
    }
    for (NameMatch m : matches) {
      if (!Syntax.isLocative(s, m.end() - 1) && !Syntax.isLocatedPossessor(s, m.end() - 1)) {
        if (m.has(NameEntry.Kind.PLACE) && m.entries().size() == 1) {
          return m.entries().get(0).place().country();
        }
        continue;
      }
      for (NameEntry e : m.entries()) {
        switch (e.kind()) {
          case CAPITAL, COUNTRY -> {
            return e.country().iso3();
          }
          case PLACE -> {
            return e.place().country();
          }
          default -> { }
        }
      }
    }
    return null;
  }


  static final String PAIR = "pair";
  private static final Set<String> PAIR_NOUNS = Set.of("side", "sides", "country", "countries", "nation", "nations",
      "government", "governments", "leader", "leaders", "neighbour", "neighbours", "neighbor", "neighbors", "party",
      "parties", "rival", "rivals", "state", "states");

  private static boolean isPair(Sentence s, int i) {
    Token t = s.token(i);
    String w = t.text().toLowerCase(Locale.ROOT);
    if (i > 0 && w.equals("other") && s.token(i - 1).text().equalsIgnoreCase("each")) {
      return true;
    }
    if (i == 0 || !PAIR_NOUNS.contains(w)) {
      return false;
    }
    String before = s.token(i - 1).text().toLowerCase(Locale.ROOT);
    String two = i >= 2 ? s.token(i - 2).text().toLowerCase(Locale.ROOT) : "";
    boolean sides = w.startsWith("side") || w.startsWith("part");
    return before.equals("both") || (before.equals("two") && two.equals("the")) || before.equals("all") && sides;
  }














  private Candidate named(Sentence s, NameMatch m, LocalDate date) {
    int head = m.end() - 1;
    int first = m.start();
    if (first > 0 && s.token(first - 1).text().equalsIgnoreCase("the")) {
      first--;
    }
    NameEntry e = m.entries().get(0);
    boolean locative = Syntax.isLocative(s, head);
    return switch (e.kind()) {
      case PERSON -> new Candidate(s.index(), m.start(), head, head, persons.titled(s, m, persons.actor(e.personName(), date)),
          MentionKind.NAME, true, null, -1, null);
      case COUNTRY -> locative && !isPossessorOfPhrase(s, head) ? null
          : new Candidate(s.index(), first, head, head, Actor.of(e.country().iso3(), null, null), MentionKind.NAME,
              false, null, -1, null);
      case ORGANISATION -> new Candidate(s.index(), first, head, head, organisationActor(e), MentionKind.NAME,
          false, null, -1, null);
      case DESCRIPTION -> new Candidate(s.index(), first, head, head, organisationActor(e),
          MentionKind.DESCRIPTION, false, null, -1, null);
      case METONYM -> locative || modifiesThing(s, head) ? null : new Candidate(s.index(), first, head, head, codeActor(e.metonym().code()),
          MentionKind.METONYM, false, null, -1, null);
      case CAPITAL -> locative || modifiesThing(s, head) || namesAPlace(s, head)
          || Syntax.isPossessor(s, head) && !s.token(head).isProperNoun() ? null
          : new Candidate(s.index(), first, head, head, Actor.of(e.country().iso3(), "GOV", null),
              MentionKind.METONYM, false, null, -1, null);
      case DEMONYM -> s.token(head).isNoun() && s.token(head).pos().endsWith("S")
          ? new Candidate(s.index(), first, head, head, Actor.of(e.country().iso3(), "CVL", null),
              MentionKind.DESCRIPTION, false, null, -1, null)
          : null;
      case PLACE -> null;
    };
  }

  /** "the northern city of Tripoli", "the outskirts of Kyiv": the name of a place, not its government. */
  private boolean namesAPlace(Sentence s, int head) {
    if (!s.parsed() || !"of".equals(s.parse().caseMarker(head, s.tokens()))) {
      return false;
    }
    int noun = s.parse().head(head);
    return noun >= 0 && s.token(noun).isNoun() && descriptions.agentTerm(s, noun) == null;
  }

  /** "the Minsk agreement", "Kremlin talks": a place name modifying a thing is no actor. */
  private static boolean modifiesThing(Sentence s, int head) {
    if (!s.parsed() || !s.parse().relation(head).equals("compound")) {
      return false;
    }
    int noun = s.parse().head(head);
    return noun >= 0 && s.token(noun).isNoun() && !s.token(noun).ner().equals("PERSON");
  }

  private static boolean isPossessorOfPhrase(Sentence s, int head) {
    return head + 1 < s.size() && s.token(head + 1).pos().equals("POS");
  }

  private static Actor organisationActor(NameEntry e) {
    var o = e.organisation();
    if (o.country() != null && o.code().length() == 6 && o.code().startsWith(o.country())) {
      return Actor.of(o.country(), o.code().substring(3), o.name());
    }
    return Actor.organisation(o.code(), o.name());
  }

  static Actor codeActor(String code) {
    if (code.length() == 6 && code.chars().allMatch(Character::isUpperCase)) {
      return Actor.of(code.substring(0, 3), code.substring(3), null);
    }
    if (code.length() == 3) {
      return Actor.of(code, null, null);
    }
    return Actor.organisation(code, null);
  }

  static String countryOf(String code) {
    return code.length() >= 3 ? code.substring(0, 3) : code;
  }
}
