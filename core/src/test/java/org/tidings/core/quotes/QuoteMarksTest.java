package org.tidings.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {
  private final QuoteMarks marks = new QuoteMarks();

  private static String words(String text, QuoteSpan q) {
    return text.substring(q.start(), q.end());
  }

  @Test
  void curlyAndStraightQuotes() {
    String text = "He said \u201Cwe will win\u201D and \"they will lose.\"";
    List<QuoteSpan> q = marks.find(text);
    assertThat(q).extracting(x -> words(text, x)).containsExactly("we will win", "they will lose.");
  }

  @Test
  void aClosingMarkWithoutItsOpeningOneStartsAfterThePreviousQuote() {
    String text = "He thanked him for \u201Cconfirming it.\u201D It is only through this that we win.\u201D";
    List<QuoteSpan> q = marks.find(text);
    assertThat(q).extracting(x -> words(text, x)).containsExactly("confirming it.",
        "It is only through this that we win.");
    assertThat(q.get(1).missingOpen()).isTrue();
  }

  @Test
  void anUnclosedQuoteStopsAtItsParagraph() {
    String text = "She said \u201Cnever again.\n\nA new paragraph follows.";
    List<QuoteSpan> q = marks.find(text);
    assertThat(q).hasSize(1);
    assertThat(words(text, q.get(0))).isEqualTo("never again.");
    assertThat(q.get(0).unclosed()).isTrue();
  }

  @Test
  void randomUnbalancedMarksNeverCrossAParagraph() {
    Random r = new Random(42);
    String alphabet = "ab \u201C\u201D\"\n.,";
    for (int n = 0; n < 200; n++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + r.nextInt(300);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      for (QuoteSpan q : marks.find(text)) {
        assertThat(q.start()).isBetween(0, text.length());
        assertThat(q.end()).isBetween(q.start(), text.length());
        assertThat(text.substring(q.start(), q.end())).as(text).doesNotContain("\n\n");
      }
    }
  }
}
