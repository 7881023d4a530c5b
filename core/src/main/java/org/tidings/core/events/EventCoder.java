package org.tidings.core.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tidings.core.knowledge.Cues;
import org.tidings.core.knowledge.Knowledge;
import org.tidings.core.knowledge.VerbPattern;
import org.tidings.core.nlp.ParseTree;
import org.tidings.core.nlp.Sentence;
import org.tidings.core.nlp.Token;
import org.tidings.core.text.Clauses;
import org.tidings.core.text.Syntax;

/**
 * Finds event triggers in a parsed sentence and the first dictionary row each one satisfies.
 * Words that only carry the content of another event are not events of their own: what was
 * asked, demanded, promised, rejected or threatened, what someone tried or sought to do, and
 * purpose clauses ("met ... to push a plan").
 */
final class EventCoder {
  /** Roots whose complement is their content, not a separate event. */
  private static final Set<String> CONTENT_ROOTS = Set.of("02", "03", "10", "11", "12", "13");
  private static final Set<String> REPORTING = Set.of("say", "report", "believe", "allege", "think", "understand",
      "expect", "rumor", "rumour");

  private static final Set<String> ARGUMENT = Set.of("obj", "iobj", "nsubj", "obl", "nmod", "compound", "amod",
      "appos", "dep");

  private final Knowledge knowledge;

  EventCoder(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /** A trigger and the row it satisfied, with its participants. */
  record Match(int trigger, int lightVerb, VerbPattern pattern, Participants.Side source,
      Participants.Side target, boolean multilateral) {}

  List<Match> code(Sentence s, Participants participants) {
    List<Match> out = new ArrayList<>();
    if (!s.parsed()) {
      return out;
    }
    Set<Integer> coded = new HashSet<>();
    List<Token> order = new ArrayList<>(s.tokens());
    // verbs first, so that "agreed to a ceasefire" is one event, not a second one for the noun
    order.sort((a, b) -> Boolean.compare(a.isNoun(), b.isNoun()));
    for (Token t : order) {
      List<VerbPattern> rows = patterns(t);
      if (rows.isEmpty() || isContent(s, t.index())) {
        continue;
      }
      if (t.isNoun() && coded.contains(s.parse().head(t.index()))) {
        continue;
      }
      int light = t.isNoun() ? Clauses.lightVerb(s, t.index()) : -1;
      for (VerbPattern p : rows) {
        if (!objectsMatch(s, t.index(), light, p)) {
          continue;
        }
        Participants.Side src = participants.source(s, t.index(), light, p);
        Participants.Side tgt = p.targets().isEmpty() ? Participants.Side.NONE
            : participants.target(s, t.index(), light, p, src.actors());
        boolean hasTarget = !tgt.empty() || tgt.place() != null;
        if (tgt.mutual()) {
          src = new Participants.Side(List.of(src.actors().get(0)), null, false);
        }
        if (!hasTarget && !p.targetOptional()) {
          continue;
        }
        boolean multilateral = false;
        if (src.empty()) {
          if (p.noun() && tgt.actors().size() >= 2) {
            src = new Participants.Side(List.of(tgt.actors().get(0)), null, false);
            tgt = new Participants.Side(List.of(tgt.actors().get(1)), null, false);
            multilateral = true;
          } else {
            continue;
          }
        }
        out.add(new Match(t.index(), light, p, src, tgt, multilateral));
        coded.add(t.index());
        break;
      }
    }
    return out;
  }

  private List<VerbPattern> patterns(Token t) {
    if (t.isVerb()) {
      return knowledge.verbPatterns().forVerb(t.lemma());
    }
    if (t.isNoun()) {
      return knowledge.verbPatterns().forNoun(t.lemma());
    }
    return List.of();
  }

  /** True when the word only states what another event asks for, promises or intends. */
  boolean isContent(Sentence s, int token) {
    ParseTree p = s.parse();
    // "shelled the camp, killing nine people": the toll of an attack, not an attack of its own
    if (s.token(token).pos().equals("VBG") && p.head(token) >= 0) {
      String rel = p.relation(token);
      Token gov = s.token(p.head(token));
      if ((rel.equals("advcl") || rel.equals("dep") || rel.equals("xcomp") || rel.equals("conj")) && gov.isVerb()) {
        List<VerbPattern> rows = patterns(gov);
        List<VerbPattern> own = patterns(s.token(token));
        boolean toll = !own.isEmpty() && Integer.parseInt(own.get(0).cameo().substring(0, 2)) >= 18;
        if (toll && !rows.isEmpty() && Integer.parseInt(rows.get(0).cameo().substring(0, 2)) >= 17) {
          return true;
        }
      }
    }
    int child = token;
    int node = p.head(token);
    for (int hops = 0; node >= 0 && hops < 8; hops++) {
      String rel = p.relation(child);
      Token gov = s.token(node);
      boolean infinitive = hasInfinitiveMark(s, child);
      boolean nounArgument = !s.token(child).isVerb() && ARGUMENT.contains(p.baseRelation(child));
      if (Clauses.isGerundModifier(s, child)) {
        // "accused the West ... by sending planeloads": content only when the noun hangs on an accusation
        String nounRel = p.relation(node);
        int gov2 = p.head(node);
        return gov2 >= 0 && (nounRel.startsWith("obl") || nounRel.startsWith("nmod"))
            && isContentTrigger(s.token(gov2));
      }
      if (rel.equals("conj") || nounArgument) {
        // a coordinated clause, a noun inside a clause, or "by sending ...": look further up, but a
        // phrase that an accusation or a demand hangs on ("accused X of ...") is its content
        if (nounArgument && (rel.startsWith("obl") || rel.startsWith("nmod")) && isContentTrigger(gov)) {
          return true;
        }
        child = node;
        node = p.head(node);
        continue;
      }
      if ((rel.equals("xcomp") || rel.equals("advcl")) && infinitive) {
        if (REPORTING.contains(gov.lemma())) {
          return false;
        }
        if (!knowledge.cues().is(Cues.Kind.PLANNED, gov.lemma())) {
          return true;
        }
      }
      if (rel.equals("xcomp") || rel.equals("ccomp") || rel.startsWith("obl") || rel.equals("advcl")
          || rel.equals("acl")) {
        List<VerbPattern> rows = patterns(gov);
        if (!rows.isEmpty() && CONTENT_ROOTS.contains(rows.get(0).cameo().substring(0, 2))
            && (rel.equals("xcomp") || rel.startsWith("obl") || gov.isNoun() || hasInfinitiveMark(s, child)
            || s.token(child).pos().equals("VBG"))) {
          return true;
        }
      } else {
        break;
      }
      child = node;
      node = p.head(node);
    }
    return false;
  }

  private boolean isContentTrigger(Token t) {
    List<VerbPattern> rows = patterns(t);
    return t.isVerb() && !rows.isEmpty() && CONTENT_ROOTS.contains(rows.get(0).cameo().substring(0, 2));
  }

  private static boolean hasInfinitiveMark(Sentence s, int token) {
    for (int c : s.parse().children(token, "mark")) {
      if (s.token(c).pos().equals("TO")) {
        return true;
      }
    }
    return false;
  }

  /** A row with an object list needs one of those lemmas as the object, an oblique, or the object of its complement. */
  private static boolean objectsMatch(Sentence s, int trigger, int light, VerbPattern p) {
    if (p.objects().isEmpty()) {
      return true;
    }
    ParseTree tree = s.parse();
    List<Integer> hosts = new ArrayList<>(List.of(trigger));
    if (light >= 0) {
      hosts.add(light);
    }
    for (int host : hosts) {
      for (int c : tree.children(host)) {
        String r = tree.baseRelation(c);
        if (r.equals("obj") || r.equals("nsubj") || r.equals("obl") || r.equals("nmod") || r.equals("iobj")
            || r.equals("compound") || r.equals("amod")) {
          if (objectLemma(s, c, p)) {
            return true;
          }
        }
        if (r.equals("xcomp") && objectLemma(s, c, p)) {
          // "vowed to retaliate": the complement's own verb
          return true;
        }
        if (r.equals("xcomp") || r.equals("ccomp")) {
          for (String rel : List.of("obj", "nsubj", "nsubj:pass")) {
            int o = tree.child(c, rel);
            if (o >= 0 && objectLemma(s, o, p)) {
              return true;
            }
          }
        }
      }
      int patient = s.token(host).isVerb() ? Clauses.patient(s, host) : -1;
      if (patient >= 0 && objectLemma(s, patient, p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean objectLemma(Sentence s, int token, VerbPattern p) {
    List<Integer> tokens = new ArrayList<>(Syntax.withConjuncts(s, token));
    // "an equal number of Czech diplomats", "dozens of soldiers"
    tokens.addAll(Syntax.prepositional(s, token, "of"));
    for (int t : tokens) {
      Token tok = s.token(t);
      if (p.objects().contains(tok.lemma()) || p.objects().contains(tok.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
