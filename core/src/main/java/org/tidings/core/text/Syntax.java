package org.tidings.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tidings.core.nlp.ParseTree;
import org.tidings.core.nlp.Sentence;
import org.tidings.core.nlp.Token;

/**
 * Small questions asked of a sentence's parse, with a fallback on tags alone when the sentence
 * was not parsed.
 */
public final class Syntax {
  /** Prepositions after which a capital or seat of power is a place, not an actor. */
  public static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "outside", "across", "around",
      "throughout", "within", "into", "toward", "towards", "along", "outside of", "near to", "close to");

  /** Nouns that name a part of a country's ground: "Ukraine's east", "the Syria coast". */
  public static final Set<String> GEOGRAPHIC_NOUNS = Set.of("border", "frontier", "side", "coast", "territory",
      "region", "province", "countryside", "capital", "city", "soil", "airspace", "waters", "mainland", "interior",
      "east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest");

  private static final Set<String> NP_RELATIONS = Set.of("compound", "amod", "det", "nmod:poss", "flat",
      "flat:name", "nummod", "det:poss", "compound:prt");

  private Syntax() {}

  /** True when the token is the object of a locative preposition ("in Kyiv", "at the White House"). */
  public static boolean isLocative(Sentence s, int token) {
    if (s.parsed()) {
      ParseTree p = s.parse();
      int head = token;
      // a name of several tokens: climb to the name's head
      while (p.head(head) >= 0 && (p.relation(head).startsWith("compound") || p.relation(head).startsWith("flat"))) {
        head = p.head(head);
      }
      String marker = p.caseMarker(head, s.tokens());
      return marker != null && LOCATIVE.contains(marker);
    }
    int i = token - 1;
    while (i >= 0 && (s.token(i).pos().equals("DT") || s.token(i).isProperNoun())) {
      i--;
    }
    return i >= 0 && LOCATIVE.contains(s.token(i).text().toLowerCase(Locale.ROOT));
  }

  /** "in Ukraine's east", "near Russia's border": a country named as the owner of a located piece of ground. */
  public static boolean isLocatedPossessor(Sentence s, int token) {
    if (!s.parsed() || !s.parse().relation(token).equals("nmod:poss")) {
      return false;
    }
    int ground = s.parse().head(token);
    return ground >= 0 && GEOGRAPHIC_NOUNS.contains(s.token(ground).lemma()) && isLocative(s, ground);
  }

  /** True when the token carries the possessive clitic ("Russia's"). */
  public static boolean isPossessor(Sentence s, int token) {
    if (token + 1 < s.size() && s.token(token + 1).pos().equals("POS")) {
      return true;
    }
    return s.parsed() && s.parse().relation(token).equals("nmod:poss");
  }

  /** The tokens of the noun phrase headed by {@code head}, without its prepositional modifiers. */
  public static int[] nounPhrase(Sentence s, int head) {
    if (s.parsed()) {
      List<Integer> keep = new ArrayList<>();
      collect(s, head, keep, 0);
      int lo = head;
      int hi = head;
      for (int k : keep) {
        lo = Math.min(lo, k);
        hi = Math.max(hi, k);
      }
      return new int[] {lo, hi};
    }
    int lo = head;
    while (lo - 1 >= 0 && isNominalModifier(s.token(lo - 1))) {
      lo--;
    }
    int hi = head;
    while (hi + 1 < s.size() && s.token(hi + 1).isProperNoun() && s.token(hi).isProperNoun()) {
      hi++;
    }
    return new int[] {lo, hi};
  }

  private static boolean isNominalModifier(Token t) {
    String p = t.pos();
    return p.startsWith("NN") || p.equals("JJ") || p.equals("DT") || p.equals("POS") || p.equals("CD")
        || p.equals("PRP$") || p.equals("HYPH");
  }

  private static void collect(Sentence s, int node, List<Integer> out, int depth) {
    out.add(node);
    if (depth > 8) {
      return;
    }
    ParseTree p = s.parse();
    for (int c : p.children(node)) {
      String r = p.relation(c);
      if (NP_RELATIONS.contains(r) || (r.equals("case") && s.token(c).pos().equals("POS"))
          || (r.equals("punct") && s.token(c).pos().equals("HYPH"))) {
        if (c < node || r.startsWith("flat") || r.equals("case")) {
          collect(s, c, out, depth + 1);
        }
      }
    }
  }

  /** Children of the token in a prepositional modifier ({@code nmod}/{@code obl}) with this preposition. */
  public static List<Integer> prepositional(Sentence s, int token, String preposition) {
    List<Integer> out = new ArrayList<>();
    if (!s.parsed()) {
      return out;
    }
    ParseTree p = s.parse();
    for (int c : p.children(token)) {
      String base = p.baseRelation(c);
      if ((base.equals("nmod") || base.equals("obl")) && !p.relation(c).equals("nmod:poss")
          && !p.relation(c).equals("obl:tmod")) {
        String m = p.caseMarker(c, s.tokens());
        if (preposition.equals(m)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** The token and its conjuncts ("NATO and the US"). */
  public static List<Integer> withConjuncts(Sentence s, int token) {
    List<Integer> out = new ArrayList<>();
    out.add(token);
    if (s.parsed()) {
      for (int c : s.parse().children(token, "conj")) {
        out.addAll(withConjuncts(s, c));
      }
    }
    return out;
  }

  /**
   * The proper name set off by a comma right after a token ("Victoria, British Columbia":
   * "British Columbia"), which may say which place of a shared name is meant; null when none.
   */
  public static String qualifierAfter(Sentence s, int last, String text) {
    if (last + 2 >= s.size() || !s.token(last + 1).text().equals(",") || !s.token(last + 2).isProperNoun()) {
      return null;
    }
    int end = last + 2;
    while (end + 1 < s.size() && s.token(end + 1).isProperNoun()) {
      end++;
    }
    return text.substring(s.token(last + 2).start(), s.token(end).end());
  }
}
