package org.tidings.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.core.nlp.ParseTree;
import org.tidings.core.nlp.Sentence;
import org.tidings.core.nlp.Token;

class SyntaxTest {

  /** A sentence with hand-written tags, lemmas and parse: enough for Syntax, no model needed. */
  private static Sentence sentence(String[] words, String[] lemmas, String[] tags, int[] heads, String[] rels) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(i, words[i], lemmas[i], tags[i], "O", at, at + words[i].length()));
      at += words[i].length() + 1;
    }
    return new Sentence(0, 0, 0, at, tokens, new ParseTree(heads, rels));
  }

  @Test
  void countryOwningLocatedGroundIsAPlace() {
    // "autonomy in Ukraine 's east"
    Sentence s = sentence(new String[] {"autonomy", "in", "Ukraine", "'s", "east"},
        new String[] {"autonomy", "in", "Ukraine", "'s", "east"}, new String[] {"NN", "IN", "NNP", "POS", "NN"},
        new int[] {-1, 4, 4, 2, 0}, new String[] {"root", "case", "nmod:poss", "case", "nmod"});
    assertThat(Syntax.isLocatedPossessor(s, 2)).isTrue();
  }

  @Test
  void countryOwningSomethingElseIsNot() {
    // "talks in Ukraine 's economy" and "Ukraine 's east" without a locative
    Sentence economy = sentence(new String[] {"talks", "in", "Ukraine", "'s", "economy"},
        new String[] {"talk", "in", "Ukraine", "'s", "economy"}, new String[] {"NNS", "IN", "NNP", "POS", "NN"},
        new int[] {-1, 4, 4, 2, 0}, new String[] {"root", "case", "nmod:poss", "case", "nmod"});
    Sentence bare = sentence(new String[] {"Ukraine", "'s", "east", "voted"},
        new String[] {"Ukraine", "'s", "east", "vote"}, new String[] {"NNP", "POS", "NN", "VBD"},
        new int[] {2, 0, 3, -1}, new String[] {"nmod:poss", "case", "nsubj", "root"});
    assertThat(Syntax.isLocatedPossessor(economy, 2)).isFalse();
    assertThat(Syntax.isLocatedPossessor(bare, 0)).isFalse();
  }
}
