package org.tidings.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsvTableTest {
  private static final List<String> HEADER = List.of("a", "b");

  private static TsvTable parse(String text) {
    return TsvTable.parse("test.tsv", text.getBytes(StandardCharsets.UTF_8), HEADER);
  }

  @Test
  void readsRowsSkippingCommentsAndKeepsLineNumbers() {
    TsvTable t = parse("# version: 3\n# a comment\na\tb\n\nx\ty|z\n");
    assertThat(t.version()).isEqualTo("3");
    assertThat(t.rows()).hasSize(1);
    assertThat(t.rows().get(0).where()).isEqualTo("test.tsv:5");
    assertThat(t.rows().get(0).list("b")).containsExactly("y", "z");
    assertThat(t.stamp()).startsWith("v3:");
  }

  @Test
  void aWrongHeaderIsRejectedWithTheLine() {
    assertThatThrownBy(() -> parse("a\tc\n")).isInstanceOf(KnowledgeException.class)
        .hasMessageContaining("test.tsv:1").hasMessageContaining("header");
  }

  @Test
  void aShortRowIsRejectedWithTheLine() {
    assertThatThrownBy(() -> parse("a\tb\nonly\n")).isInstanceOf(KnowledgeException.class)
        .hasMessage("test.tsv:2: expected 2 columns, found 1");
  }

  @Test
  void invalidUtf8IsRejected() {
    byte[] bad = {'a', '\t', 'b', '\n', (byte) 0xC3, (byte) 0x28, '\t', 'x', '\n'};
    assertThatThrownBy(() -> TsvTable.parse("bad.tsv", bad, HEADER)).hasMessageContaining("not valid UTF-8");
  }

  @Test
  void aBadPatternRowSaysWhatIsWrong() {
    TsvTable t = TsvTable.parse("verb-patterns.tsv", ("lemma\tpos\tsource\ttarget\tobject\tcameo\tnote\n"
        + "meet\tV\tsubj\tobj|wi th!\t-\t042\tx\n").getBytes(StandardCharsets.UTF_8), VerbPatterns.HEADER);
    assertThatThrownBy(() -> VerbPatterns.parse(t.rows().get(0))).hasMessageContaining("verb-patterns.tsv:2")
        .hasMessageContaining("bad target slot");
  }
}
