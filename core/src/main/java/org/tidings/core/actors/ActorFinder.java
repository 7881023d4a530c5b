package org.tidings.core.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Finds the actor mentions of one sentence: known people, states, organisations and seats of
 * power from the knowledge files (which win over the tagger's entity types), descriptions built
 * from agent nouns ("Belarusian military commanders"), unknown names and pronouns. Pronouns and
 * descriptions without a country are left for {@link Coreference}.
 */
final class ActorFinder {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his");
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

  private final Knowledge knowledge;
  private final PersonActors persons;

  ActorFinder(Knowledge knowledge) {
    this.knowledge = knowledge;
    this.persons = new PersonActors(knowledge);
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
      String term = agentTerm(s, h);
      if (term == null) {
        continue;
      }
      int head = h;
      if (!isPhraseHead(s, h, matchAt)) {
        // a title before a name the knowledge files lack: "Prime Minister Ariel Henry"
        head = unknownNameHead(s, h, matchAt);
        if (head < 0 || used[head]) {
          continue;
        }
      }
      Candidate c = description(s, head, term, matchAt, date);
      if (c != null) {
        out.add(c);
        for (int t = c.first(); t <= c.last(); t++) {
          used[t] = true;
        }
        for (Candidate more : coordinated(s, head, c, matchAt)) {
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
      String name = textOf(s, i, j);
      Actor described = apposition(s, j, name, out);
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
    String placeCountry = placeCountry(s, matches);
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
  private String placeCountry(Sentence s, List<NameMatch> matches) {
    // "Venezuelan forces ... in Valencia": a country the sentence names settles a shared place name
    java.util.Set<String> named = new java.util.HashSet<>();
    for (NameMatch m : matches) {
      for (NameEntry e : m.entries()) {
        if (e.kind() == NameEntry.Kind.DEMONYM || e.kind() == NameEntry.Kind.COUNTRY) {
          named.add(e.country().iso3());
        }
      }
    }
    for (NameMatch m : matches) {
      if (m.has(NameEntry.Kind.PLACE) && Syntax.isLocative(s, m.end() - 1)) {
        String name = m.first(NameEntry.Kind.PLACE).place().name();
        for (var alt : knowledge.world().lookup(name)) {
          if (named.contains(alt.country())) {
            return alt.country();
          }
        }
      }
    }
    for (NameMatch m : matches) {
      if (!Syntax.isLocative(s, m.end() - 1)) {
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

  /** "Nelson Chamisa, the opposition leader,": the sector (and country) an apposition gives an unknown name. */
  private Actor apposition(Sentence s, int head, String name, List<Candidate> found) {
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
    String sector = null;
    int rank = Integer.MIN_VALUE;
    int[] np = Syntax.nounPhrase(s, other);
    for (int t = np[0]; t <= np[1]; t++) {
      AgentNoun n = knowledge.agentNouns().get(s.token(t).lemma());
      if (n != null && n.rank() > rank) {
        rank = n.rank();
        sector = n.sector();
      }
    }
    return sector == null ? null : new Actor(null, null, sector, name);
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

  /** The agent-noun term (one or two words) ending at token h, if h is a noun naming an actor. */
  private String agentTerm(Sentence s, int h) {
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
  private static int unknownNameHead(Sentence s, int h, Map<Integer, NameMatch> matchAt) {
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
  private boolean isPhraseHead(Sentence s, int h, Map<Integer, NameMatch> matchAt) {
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

  private Candidate description(Sentence s, int h, String term, Map<Integer, NameMatch> matchAt, LocalDate date) {
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
        case METONYM -> country = country == null ? countryOf(e.metonym().code()) : country;
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

  private static String textOf(Sentence s, int a, int b) {
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
  private List<Candidate> coordinated(Sentence s, int h, Candidate c, Map<Integer, NameMatch> matchAt) {
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
          return countryOf(e.metonym().code());
        }
        default -> { }
      }
    }
    return null;
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
    return noun >= 0 && s.token(noun).isNoun() && agentTerm(s, noun) == null;
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

  private static String countryOf(String code) {
    return code.length() >= 3 ? code.substring(0, 3) : code;
  }
}
