package org.tidings.core.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tidings.core.model.ActorMention;
import org.tidings.core.nlp.AnnotatedText;
import org.tidings.core.nlp.Sentence;
import org.tidings.core.nlp.Token;
import org.tidings.core.text.Syntax;

/** Looks up the actor mention at a token, and the several actors of a coordination. */
public final class MentionIndex {
  private final AnnotatedText text;
  private final Map<Long, ActorMention> byToken = new HashMap<>();
  private final Map<Long, List<ActorMention>> sharing = new HashMap<>();

  public MentionIndex(AnnotatedText text, List<ActorMention> mentions) {
    this.text = text;
    for (ActorMention m : mentions) {
      Sentence s = text.sentences().get(m.sentence());
      for (Token t : s.tokens()) {
        if (t.start() >= m.span().start() && t.end() <= m.span().end()) {
          byToken.putIfAbsent(key(m.sentence(), t.index()), m);
        }
      }
      ActorMention before = byToken.get(key(m.sentence(), m.head()));
      if (before != null && before.span().equals(m.span()) && before != m) {
        // one phrase that stands for two actors ("both sides")
        sharing.computeIfAbsent(key(m.sentence(), m.head()), k -> new ArrayList<>(List.of(before))).add(m);
      } else {
        byToken.put(key(m.sentence(), m.head()), m);
      }
    }
  }

  private static long key(int sentence, int token) {
    return ((long) sentence << 32) | token;
  }

  /** The mention covering a token, or null. */
  public ActorMention at(int sentence, int token) {
    return byToken.get(key(sentence, token));
  }

  /**
   * The actors at a token and its conjuncts: "NATO and the US" gives two; "representatives from
   * Russia, Ukraine and France" gives three.
   */
  public List<ActorMention> expand(int sentence, int token) {
    Sentence s = text.sentences().get(sentence);
    List<ActorMention> out = new ArrayList<>();
    List<Integer> tokens = new ArrayList<>(Syntax.withConjuncts(s, token));
    if (at(sentence, token) == null && s.parsed()) {
      // "his counterparts, Zohrab Mnatsakanyan and Jeyhun Bayramov": the apposition names them
      for (int a : s.parse().children(token, "appos")) {
        tokens.addAll(Syntax.withConjuncts(s, a));
      }
      // "thousands of demonstrators", "some of the rebels": the people counted
      for (int of : Syntax.prepositional(s, token, "of")) {
        tokens.addAll(Syntax.withConjuncts(s, of));
      }
      // "FBI agents": people of a body named before them (a body with a sector: not "the Ukraine war", "NATO allies")
      for (int c : s.parse().children(token, "compound")) {
        ActorMention m = at(sentence, c);
        if (m != null && m.actor().sector() != null && !m.person()) {
          tokens.add(c);
        }
      }
    }
    for (int t : tokens) {
      ActorMention m = at(sentence, t);
      List<ActorMention> shared = sharing.get(key(sentence, t));
      if (shared != null) {
        shared.stream().filter(x -> !out.contains(x)).forEach(out::add);
        continue;
      }
      if (m != null && !out.contains(m)) {
        out.add(m);
        if (m.head() == t) {
          for (String prep : List.of("from", "of", "in")) {
            for (int pp : Syntax.prepositional(s, t, prep)) {
              List<Integer> conj = Syntax.withConjuncts(s, pp);
              for (int k = 1; k < conj.size(); k++) {
                ActorMention extra = at(sentence, conj.get(k));
                if (extra != null && !out.contains(extra)) {
                  out.add(extra);
                }
              }
            }
          }
        }
      }
    }
    return out;
  }
}
