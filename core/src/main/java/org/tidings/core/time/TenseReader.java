package org.tidings.core.time;

import java.util.Locale;
import java.util.Set;
import org.tidings.core.nlp.ParseTree;
import org.tidings.core.nlp.Sentence;
import org.tidings.core.nlp.Token;

/** Reads the tense of the clause that governs a token: future ("will", "would"), past, or present. */
public final class TenseReader {
  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo", "would", "’ll");

  public Tense tenseOf(Sentence s, int token) {
    if (!s.parsed()) {
      return flatTense(s, token);
    }
    ParseTree p = s.parse();
    int t = token;
    for (int guard = 0; guard < s.size() && t >= 0; guard++) {
      Token tok = s.token(t);
      if (tok.isVerb() && t != token) {
        boolean participle = tok.pos().equals("VBG") || tok.pos().equals("VBN");
        String rel = p.relation(t);
        boolean reduced = participle && (rel.equals("acl") || rel.equals("amod")) && p.children(t, "aux").isEmpty();
        if (!reduced) {
          return clauseTense(s, t);
        }
      }
      t = p.head(t);
    }
    return flatTense(s, token);
  }

  private Tense clauseTense(Sentence s, int verb) {
    ParseTree p = s.parse();
    boolean past = s.token(verb).pos().equals("VBD");
    for (int c : p.children(verb)) {
      String r = p.relation(c);
      if (!r.startsWith("aux")) {
        continue;
      }
      Token a = s.token(c);
      String w = a.text().toLowerCase(Locale.ROOT);
      if (FUTURE_AUX.contains(w) || a.lemma().equals("will")) {
        return Tense.FUTURE;
      }
      if (a.pos().equals("VBD") || a.lemma().equals("have")) {
        past = true;
      }
      if (a.pos().equals("TO")) {
        int gov = p.head(verb);
        if (gov >= 0) {
          return clauseTense(s, gov);
        }
      }
    }
    if (past) {
      return Tense.PAST;
    }
    return s.token(verb).pos().equals("VBN") ? Tense.PAST : Tense.PRESENT;
  }

  private Tense flatTense(Sentence s, int token) {
    boolean past = false;
    for (Token t : s.tokens()) {
      String w = t.text().toLowerCase(Locale.ROOT);
      if (t.index() < token && FUTURE_AUX.contains(w)) {
        return Tense.FUTURE;
      }
      if (t.pos().equals("VBD")) {
        past = true;
      }
    }
    return past ? Tense.PAST : Tense.PRESENT;
  }
}
