package org.tidings.core.pipeline;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.tidings.core.knowledge.VerbPatterns;
import org.tidings.core.model.ArticleError;
import org.tidings.core.model.Span;
import org.tidings.core.nlp.AnnotatedText;
import org.tidings.core.nlp.NlpAnnotator;
import org.tidings.core.place.Dateline;
import org.tidings.core.place.DatelineReader;

/**
 * Runs the linguistic layer. Only sentences that hold a word of the event dictionary are
 * parsed; the others get tags and entities, which is all the actor and time stages need. A run
 * of more than {@value #MAX_WORD} characters without white space (a long link, an encoded image,
 * a hash) is blanked before the linguistic layer sees it, offsets kept, and reported as
 * {@code word_too_long}: the entity tagger's cost grows with the square of a word's length (a word
 * of 50,000 letters ran out of memory).
 */
public final class TextStage implements Stage {
  static final int MAX_WORD = 200;

  private final NlpAnnotator nlp;
  private final NlpAnnotator.ParseFilter filter;
  private final DatelineReader datelines;
  private final int maxParseTokens;

  /** @param maxParseTokens the parser's limit, so that longer sentences are reported */
  public TextStage(NlpAnnotator nlp, VerbPatterns patterns, DatelineReader datelines, int maxParseTokens) {
    this.nlp = nlp;
    this.filter = tokens -> tokens.stream().anyMatch(t -> patterns.isTrigger(t.lemma()));
    this.datelines = datelines;
    this.maxParseTokens = maxParseTokens;
  }

  /** Blanks every run of more than {@link #MAX_WORD} characters without white space; how many there were. */
  static int blankLongWords(char[] text) {
    int runs = 0;
    int start = 0;
    for (int i = 0; i <= text.length; i++) {
      if (i == text.length || Character.isWhitespace(text[i]) || Character.isSpaceChar(text[i])) {
        if (i - start > MAX_WORD) {
          Arrays.fill(text, start, i, ' ');
          runs++;
        }
        start = i + 1;
      }
    }
    return runs;
  }

  @Override
  public String name() {
    return "text";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.TEXT);
  }

  @Override
  public void process(Analysis analysis) {
    String text = analysis.article().text();
    Optional<Dateline> dateline = datelines.read(text);
    analysis.dateline(dateline);
    char[] forNlp = text.toCharArray();
    if (dateline.isPresent()) {
      // the dateline is not part of the first sentence: blank it for the parser, keeping every offset
      Span d = dateline.get().span();
      Arrays.fill(forNlp, d.start(), d.end(), ' ');
    }
    int longWords = blankLongWords(forNlp);
    if (longWords > 0) {
      analysis.error(new ArticleError("word_too_long", longWords + " run(s) of more than " + MAX_WORD
          + " characters without a space (a link, encoded data) were not read"));
    }
    AnnotatedText annotated = new AnnotatedText(text, nlp.annotate(new String(forNlp), filter).sentences());
    analysis.text(annotated);
    long tooLong = annotated.sentences().stream().filter(s -> s.size() > maxParseTokens).count();
    if (tooLong > 0) {
      analysis.error(new ArticleError("sentence_too_long", tooLong + " sentence(s) longer than " + maxParseTokens
          + " tokens were not parsed; events in them are not coded"));
    }
  }
}
