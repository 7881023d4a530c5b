package org.tidings.core.events;

import java.util.List;
import org.tidings.core.model.TimeMention;
import org.tidings.core.nlp.ParseTree;
import org.tidings.core.nlp.Sentence;
import org.tidings.core.text.Clauses;

/** Finds the time expression of an event's own clause ("met ... on Tuesday", "exercise beginning Thursday"). */
final class EventDater {

  /** The time mention attached to the trigger or its light verb, or null. */
  TimeMention dateOf(Sentence s, int trigger, int lightVerb, List<TimeMention> times) {
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
      for (int guard = 0; node >= 0 && guard < s.size(); guard++) {
        if (node == trigger || node == lightVerb) {
          return tm;
        }
        String rel = p.relation(node);
        if (node != tok && (Clauses.CLAUSAL.contains(rel) || rel.equals("conj"))) {
          break;
        }
        node = p.head(node);
      }
    }
    return null;
  }
}
