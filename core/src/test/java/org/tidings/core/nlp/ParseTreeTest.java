package org.tidings.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParseTreeTest {
  // "Macron met Zelensky in Kyiv": met is the root
  private final ParseTree tree = new ParseTree(new int[] {1, -1, 1, 4, 1}, new String[] {"nsubj", "root", "obj",
      "case", "obl"});

  @Test
  void childrenByRelationAndDominance() {
    assertThat(tree.children(1, "obj")).containsExactly(2);
    assertThat(tree.child(1, "nsubj")).isZero();
    assertThat(tree.dominates(1, 3)).isTrue();
    assertThat(tree.dominates(2, 3)).isFalse();
    assertThat(tree.extent(4)).containsExactly(3, 4);
    assertThat(tree.baseRelation(0)).isEqualTo("nsubj");
  }

  @Test
  void paragraphs() {
    int[] starts = CoreNlpAnnotator.paragraphStarts("One.\n\nTwo.\n  \nThree.\nStill three.");
    assertThat(starts).containsExactly(0, 6, 14);
    assertThat(CoreNlpAnnotator.paragraphOf(starts, 20)).isEqualTo(2);
  }
}
