package org.tidings.core.events;

import java.util.Locale;
import java.util.Set;
import org.tidings.core.knowledge.Cues.Kind;
import org.tidings.core.knowledge.Cues;
import org.tidings.core.model.Mode;
import org.tidings.core.nlp.ParseTree;
import org.tidings.core.nlp.Sentence;
import org.tidings.core.nlp.Token;

/**
 * Decides whether the text says an event happened. Reads the trigger's own markers (negation,
 * modal auxiliaries, "if"), then climbs the clauses that embed it: a speech verb makes it
 * reported, "is said to" reported, "denied a report that ..." denied, "concerned that ..."
 * hypothetical. The strongest finding wins: denied, negated, hypothetical, planned, reported.
 */
final class ModalityReader {
  private static final Set<String> REPORT_NOUNS = Set.of("report", "claim", "allegation", "rumour", "rumor",
      "speculation", "story", "accusation", "suggestion");
  private static final Set<String> EMBEDDING = Set.of("ccomp", "xcomp", "advcl", "csubj", "parataxis", "acl",
      "acl:relcl", "dep", "obl", "nmod", "obj", "nsubj", "nsubj:pass", "conj");

  private final Cues cues;

  ModalityReader(Cues cues) {
    this.cues = cues;
  }

  /** The result: a mode and, for reported events, the token of the speech verb that reports it. */
  record Reading(Mode mode, int reporter) {}

  Reading read(Sentence s, int trigger, int lightVerb, boolean futureDate) {
    Mode own = own(s, trigger, futureDate);
    if (lightVerb >= 0) {
      own = stronger(own, own(s, lightVerb, futureDate));
    }
    Mode found = own;
    int reporter = -1;
    ParseTree p = s.parse();
    int child = lightVerb >= 0 ? lightVerb : trigger;
    int node = p.head(child);
    boolean viaReportNoun = false;
    for (int guard = 0; node >= 0 && guard < 12; guard++) {
      String rel = p.relation(child);
      Token t = s.token(node);
      String lemma = t.lemma();
      if (rel.equals("conj")) {
        // a coordinated clause shares what embeds its first conjunct, not that conjunct's own markers
        child = node;
        node = p.head(node);
        continue;
      }
      if (!EMBEDDING.contains(rel) && !rel.startsWith("obl") && !rel.startsWith("nmod")) {
        break;
      }
      if (t.isNoun() && REPORT_NOUNS.contains(lemma)) {
        viaReportNoun = true;
      } else if (t.isVerb() && cues.is(Kind.DENIAL, lemma) && (viaReportNoun || rel.equals("ccomp"))) {
        found = stronger(found, Mode.DENIED);
      } else if (t.isVerb() && lemma.equals("say") || lemma.equals("report") || lemma.equals("believe")
          || lemma.equals("allege")) {
        if (!p.children(node, "aux:pass").isEmpty() || rel.equals("ccomp") || rel.equals("parataxis")
            || rel.equals("csubj") || rel.equals("dep")) {
          found = stronger(found, Mode.REPORTED);
          reporter = reporter < 0 ? node : reporter;
        }
      } else if (t.isVerb() && cues.is(Kind.SPEECH, lemma)
          && (rel.equals("ccomp") || rel.equals("parataxis") || rel.equals("dep"))) {
        found = stronger(found, Mode.REPORTED);
        reporter = reporter < 0 ? node : reporter;
      } else if (cues.is(Kind.HYPOTHETICAL, lemma) && (rel.equals("ccomp") || rel.equals("xcomp"))) {
        found = stronger(found, Mode.HYPOTHETICAL);
      } else if (cues.is(Kind.REPORTED, lemma)) {
        found = stronger(found, Mode.REPORTED);
      }
      if (rel.equals("ccomp") || rel.equals("advcl")) {
        found = stronger(found, markers(s, node, futureDate, true));
      }
      child = node;
      node = p.head(node);
    }
    if (viaReportNoun && found == Mode.ASSERTED) {
      found = Mode.REPORTED;
    }
    if (according(s, trigger) || (lightVerb >= 0 && according(s, lightVerb))) {
      found = stronger(found, Mode.REPORTED);
    }
    // "police killed dozens of people ..., rights groups say"
    int clause = lightVerb >= 0 ? lightVerb : trigger;
    for (int c : p.children(clause, "parataxis")) {
      if (cues.is(Kind.SPEECH, s.token(c).lemma()) && p.child(c, "nsubj") >= 0) {
        found = stronger(found, Mode.REPORTED);
        reporter = reporter < 0 ? c : reporter;
      }
    }
    return new Reading(found, found == Mode.REPORTED ? reporter : -1);
  }

  /** Markers on the trigger itself. */
  private Mode own(Sentence s, int token, boolean futureDate) {
    Mode m = markers(s, token, futureDate, false);
    ParseTree p = s.parse();
    // "failed to reach", "refused to meet"
    if (p.relation(token).equals("xcomp") && p.head(token) >= 0) {
      String gov = s.token(p.head(token)).lemma();
      if (cues.is(Kind.NEGATION, gov)) {
        m = stronger(m, Mode.NEGATED);
      } else if (cues.is(Kind.PLANNED, gov)) {
        m = stronger(m, Mode.PLANNED);
      }
    }
    if (s.token(token).isNoun()) {
      for (int c : p.children(token)) {
        String w = s.token(c).text().toLowerCase(Locale.ROOT);
        if (p.relation(c).equals("det") && cues.is(Kind.NEGATION, w)) {
          m = stronger(m, Mode.NEGATED);
        } else if (p.relation(c).equals("amod") && cues.is(Kind.HYPOTHETICAL, s.token(c).lemma())) {
          m = stronger(m, Mode.HYPOTHETICAL);
        } else if (p.relation(c).equals("amod") && cues.is(Kind.PLANNED, s.token(c).lemma())) {
          m = stronger(m, Mode.PLANNED);
        }
      }
    }
    return m;
  }

  /** Negation, modal auxiliaries and conditional subordinators directly on a word. */
  private Mode markers(Sentence s, int token, boolean futureDate, boolean embedding) {
    ParseTree p = s.parse();
    Mode m = Mode.ASSERTED;
    for (int c : p.children(token)) {
      String rel = p.relation(c);
      Token t = s.token(c);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (!embedding && (rel.equals("advmod") || rel.equals("neg") || rel.equals("det"))
          && (cues.is(Kind.NEGATION, w) || cues.is(Kind.NEGATION, t.lemma()))) {
        m = stronger(m, Mode.NEGATED);
      } else if (rel.startsWith("aux") && !embedding) {
        if (w.equals("would") && futureDate) {
          m = stronger(m, Mode.PLANNED);
        } else if (cues.is(Kind.HYPOTHETICAL, w)) {
          m = stronger(m, Mode.HYPOTHETICAL);
        } else if (cues.is(Kind.PLANNED, w) || cues.is(Kind.PLANNED, t.lemma())) {
          m = stronger(m, Mode.PLANNED);
        }
      } else if (rel.equals("mark") && cues.is(Kind.HYPOTHETICAL, w)) {
        m = stronger(m, Mode.HYPOTHETICAL);
      }
    }
    return m;
  }

  private static boolean according(Sentence s, int token) {
    ParseTree p = s.parse();
    for (int c : p.children(token)) {
      if (p.baseRelation(c).equals("obl") && "according to".equals(p.caseMarker(c, s.tokens()))) {
        return true;
      }
    }
    return false;
  }

  static Mode stronger(Mode a, Mode b) {
    return rank(b) > rank(a) ? b : a;
  }

  private static int rank(Mode m) {
    return switch (m) {
      case DENIED -> 6;
      case NEGATED -> 5;
      case HYPOTHETICAL -> 4;
      case PLANNED -> 3;
      case REPORTED -> 2;
      case HISTORICAL -> 1;
      case ASSERTED -> 0;
    };
  }
}
