package org.tidings.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Properties of the quote-mark scanner on generated text: any string (unpaired surrogates,
 * control characters, runs of thousands of marks) gives spans that lie in the text, sit between
 * the marks they name, never cross a blank line and never overlap; text built of known quotes
 * gives those quotes back.
 */
class QuoteMarksProperties {
  private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t\r]*\n");
  private static final String OPENING = "\u201C\"\u2018'";
  private static final String CLOSING = "\u201D\"\u2019'";
  private final QuoteMarks marks = new QuoteMarks();

  @Property
  void spansOfAnyStringAreSound(@ForAll("anyText") String text) {
    check(text, marks.find(text));
  }

  @Property
  void spansOfQuoteHeavyTextAreSound(@ForAll("quoteHeavy") String text) {
    check(text, marks.find(text));
  }

  @Property(tries = 200)
  void longRunsOfMarksAreSound(@ForAll("runsOfMarks") String text) {
    check(text, marks.find(text));
  }

  @Property
  void nestedQuotesAreThoseOfTheSimpleSearch(@ForAll("quoteHeavy") String text) {
    List<QuoteSpan> found = marks.find(text);
    List<QuoteSpan> expected = new ArrayList<>();
    for (QuoteSpan q : found) {
      if (!q.nested() && !q.answer() && q.open() >= 0 && q.close() >= 0) {
        expected.addAll(simpleNested(text, q.start(), q.end(), q.paragraph()));
      }
    }
    assertThat(found.stream().filter(QuoteSpan::nested).toList()).containsExactlyElementsOf(expected);
  }

  @Property
  void textWithoutMarksOrAnswersHasNoQuotes(@ForAll("withoutMarks") String text) {
    assertThat(marks.find(text)).isEmpty();
  }

  @Property
  void balancedCurlyQuotesComeBackInOrder(@ForAll("quoted") List<Piece> pieces) {
    balancedQuotesComeBack(pieces, "\u201C", "\u201D");
  }

  @Property
  void balancedStraightQuotesComeBackInOrder(@ForAll("quoted") List<Piece> pieces) {
    balancedQuotesComeBack(pieces, "\"", "\"");
  }

  @Property
  void eachParagraphKeepsItsOwnQuotes(@ForAll("paragraphs") List<String> quotes) {
    String text = String.join("\n\n", quotes.stream().map(q -> "She said \u201C" + q + "\u201D today.").toList());
    List<QuoteSpan> found = marks.find(text);
    assertThat(found).extracting(q -> text.substring(q.start(), q.end())).containsExactlyElementsOf(quotes);
    for (int i = 0; i < found.size(); i++) {
      assertThat(found.get(i).paragraph()).isEqualTo(i);
    }
  }

  @Example
  void anInnerOpeningMarkWithNoCloseInAHugeQuoteIsFound() {
    // one quote holding 50,000 inner opening marks and no inner closing mark
    String text = "\u201C" + "\u2018 ".repeat(50_000) + "\u201D";
    List<QuoteSpan> found = marks.find(text);
    assertThat(found).hasSize(1);
    check(text, found);
  }

  private void balancedQuotesComeBack(List<Piece> pieces, String open, String close) {
    StringBuilder sb = new StringBuilder("Text");
    List<String> expected = new ArrayList<>();
    for (Piece p : pieces) {
      sb.append(' ').append(p.before()).append(' ').append(open).append(p.quote()).append(close);
      expected.add(p.quote());
    }
    String text = sb.append(" end.").toString();
    List<QuoteSpan> found = marks.find(text).stream().filter(q -> !q.nested()).toList();
    assertThat(found).as(text).extracting(q -> text.substring(q.start(), q.end()))
        .containsExactlyElementsOf(expected);
    assertThat(found).allSatisfy(q -> {
      assertThat(q.missingOpen()).isFalse();
      assertThat(q.unclosed()).isFalse();
    });
  }

  /** Inner quotes as first written: for each inner opening mark, a search for its closing mark. */
  private static List<QuoteSpan> simpleNested(String text, int from, int to, int paragraph) {
    List<QuoteSpan> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean straight = c == '\'' && (i == from || Character.isWhitespace(text.charAt(i - 1)));
      if (c != '\u2018' && !straight) {
        continue;
      }
      char closeMark = straight ? '\'' : '\u2019';
      for (int j = i + 1; j < to; j++) {
        if (text.charAt(j) == closeMark && (j + 1 >= to || !Character.isLetter(text.charAt(j + 1)))) {
          out.add(new QuoteSpan(i + 1, j, i, j, paragraph, true, false));
          i = j;
          break;
        }
      }
    }
    return out;
  }

  /** The invariants every result holds, whatever the text. */
  private static void check(String text, List<QuoteSpan> spans) {
    List<QuoteSpan> outer = new ArrayList<>();
    for (QuoteSpan q : spans) {
      assertThat(q.start()).as("start of %s", q).isBetween(0, text.length());
      assertThat(q.end()).as("end of %s", q).isBetween(q.start(), text.length());
      if (q.open() >= 0) {
        assertThat(q.start()).isEqualTo(q.open() + 1);
        assertThat(OPENING.indexOf(text.charAt(q.open()))).as("opening mark of %s", q).isNotNegative();
      }
      if (q.close() >= 0) {
        assertThat(q.end()).isEqualTo(q.close());
        assertThat(CLOSING.indexOf(text.charAt(q.close()))).as("closing mark of %s", q).isNotNegative();
      }
      String words = text.substring(q.start(), q.end());
      assertThat(BLANK_LINE.matcher(words).find()).as("%s crosses a blank line", q).isFalse();
      if (q.answer()) {
        assertThat(words).doesNotContain("\n");
      } else if (!q.nested()) {
        outer.add(q);
      }
    }
    outer.sort(Comparator.comparingInt(QuoteSpan::start));
    for (int i = 1; i < outer.size(); i++) {
      assertThat(outer.get(i).start()).as("%s overlaps %s", outer.get(i), outer.get(i - 1))
          .isGreaterThanOrEqualTo(outer.get(i - 1).end());
    }
    for (QuoteSpan q : spans) {
      if (q.nested()) {
        assertThat(outer).as("%s lies in a quote", q)
            .anyMatch(o -> o.start() <= q.open() && q.close() < o.end() && o.close() >= 0);
      }
    }
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.strings().all().ofMaxLength(400);
  }

  @Provide
  Arbitrary<String> quoteHeavy() {
    Arbitrary<Character> marks = Arbitraries.of('\u201C', '\u201D', '"', '\u2018', '\u2019', '\'');
    Arbitrary<Character> space = Arbitraries.of(' ', '\n', '\t', '\r');
    Arbitrary<Character> punctuation = Arbitraries.of('.', '?', '!', ',', ':', '(', '[', '{', '-', '\u2014', 'A');
    Arbitrary<Character> letters = Arbitraries.chars().range('a', 'e');
    return Arbitraries.frequencyOf(Tuple.of(4, marks), Tuple.of(3, space), Tuple.of(2, punctuation),
        Tuple.of(4, letters), Tuple.of(1, Arbitraries.chars().all()))
        .list().ofMaxSize(300).map(QuoteMarksProperties::join);
  }

  @Provide
  Arbitrary<String> runsOfMarks() {
    Arbitrary<String> run = Combinators.combine(Arbitraries.of("\u201C", "\u201D", "\"", "\u2018", "\u2019", "'",
        " ", "a", "\n\n", "A: "), Arbitraries.integers().between(1, 5000)).as(String::repeat);
    return run.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> withoutMarks() {
    return Arbitraries.strings().all().excludeChars('\u201C', '\u201D', '"', '\u2018', '\u2019', '\'', 'A')
        .ofMaxLength(300);
  }

  @Provide
  Arbitrary<List<Piece>> quoted() {
    Arbitrary<String> plain = words("abcdefgh.,;?! ", 0, 40);
    Arbitrary<String> quote = Combinators.combine(words("abcdefgh", 1, 12).list().ofMinSize(1).ofMaxSize(8),
        Arbitraries.of("", ".", ",", "?", "!")).as((l, end) -> String.join(" ", l) + end);
    return Combinators.combine(plain.map(s -> "x" + s + "x"), quote).as(Piece::new).list().ofMaxSize(8);
  }

  @Provide
  Arbitrary<List<String>> paragraphs() {
    return words("abcdefgh", 1, 10).list().ofMinSize(1).ofMaxSize(5).map(l -> String.join(" ", l))
        .list().ofMinSize(1).ofMaxSize(6);
  }

  private static Arbitrary<String> words(String chars, int min, int max) {
    return Arbitraries.strings().withChars(chars).ofMinLength(min).ofMaxLength(max);
  }

  private static String join(List<Character> chars) {
    StringBuilder sb = new StringBuilder(chars.size());
    chars.forEach(sb::append);
    return sb.toString();
  }

  /** Plain words, then a quote after them. */
  record Piece(String before, String quote) {}
}
