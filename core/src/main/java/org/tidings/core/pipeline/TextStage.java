package org.tidings.core.pipeline;

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
 * parsed; the others get tags and entities, which is all the actor and time stages need.
 */
public final class TextStage implements Stage {
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
    AnnotatedText annotated;
    if (dateline.isEmpty()) {
      annotated = nlp.annotate(text, filter);
    } else {
      // the dateline is not part of the first sentence: blank it for the parser, keeping every offset
      Span d = dateline.get().span();
      String blanked = text.substring(0, d.start()) + " ".repeat(d.end() - d.start()) + text.substring(d.end());
      annotated = new AnnotatedText(text, nlp.annotate(blanked, filter).sentences());
    }
    analysis.text(annotated);
    long tooLong = annotated.sentences().stream().filter(s -> s.size() > maxParseTokens).count();
    if (tooLong > 0) {
      analysis.error(new ArticleError("sentence_too_long", tooLong + " sentence(s) longer than " + maxParseTokens
          + " tokens were not parsed; events in them are not coded"));
    }
  }
}
