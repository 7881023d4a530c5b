package org.tidings.core.events;

import java.util.List;
import java.util.Set;
import org.tidings.core.model.TimeMention;
import org.tidings.core.nlp.ParseTree;
import org.tidings.core.nlp.Sentence;
import org.tidings.core.text.Clauses;

/**
 * Finds the time expression of an event's own clause ("met ... on Tuesday", "exercise beginning
 * Thursday"); failing that, the time of the clause it hangs on ("fired tear gas on Thursday at
 * demonstrators who marched on parliament"), but never the time of a speech verb whose content
 * it is.
 */
final class EventDater {
  /** Clauses that share the time of the clause they hang on. */
  private static final Set<String> SHARING = Set.of("conj", "advcl", "acl", "acl:relcl", "xcomp", "dep", "obl",
      "nmod", "obj", "nsubj", "nsubj:pass");
  /**
   * Nominal steps a bare year may take to reach its event: "in 2014" deep inside a noun phrase
   * ("an explosion at a depot in 2014") dates that noun, not the event.
   */
  private static final int MAX_YEAR_NOMINAL_HOPS = 1;

  /** The time mention of the trigger's clause, else of a clause above it; null when none. */
  TimeMention dateOf(Sentence s, int trigger, int lightVerb, List<TimeMention> times) {
    TimeMention own = attached(s, trigger, lightVerb, times);
    if (own != null) {
      return own;
    }
    ParseTree p = s.parse();
    int child = lightVerb >= 0 ? lightVerb : trigger;
    int node = p.head(child);
    for (int guard = 0; node >= 0 && guard < 8; guard++) {
      if (!SHARING.contains(p.relation(child))) {
        return null;
      }
      if (s.token(node).isVerb()) {
        TimeMention above = attached(s, node, -1, times);
        if (above != null) {
          return above;
        }
      }
      child = node;
      node = p.head(node);
    }
    return null;
  }

  private static TimeMention attached(Sentence s, int trigger, int lightVerb, List<TimeMention> times) {
    ParseTree p = s.parse();
    for (TimeMention tm : times) {
      if (tm.sentence() != s.index()) {
        continue;
      }
      int tok = -1;
      for (var t : s.tokens()) {
        if (t.start() >= tm.span().start() && t.end() <= tm.span().end()) {
          tok = t.index();
        }
      }
      if (tok < 0) {
        continue;
      }
      int node = tok;
      int nominal = 0;
      for (int guard = 0; node >= 0 && guard < s.size(); guard++) {
        if (node == trigger || node == lightVerb) {
          return tm;
        }
        String rel = p.relation(node);
        if (node != tok && (Clauses.CLAUSAL.contains(rel) || rel.equals("conj"))) {
          break;
        }
        if (node != tok && !s.token(node).isVerb() && ++nominal > MAX_YEAR_NOMINAL_HOPS
            && tm.value().value().length() == 4) {
          // "accusing X of involvement in an explosion at a depot in 2014": the year is the depot's
          break;
        }
        node = p.head(node);
      }
    }
    return null;
  }
}
