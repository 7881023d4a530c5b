package org.tidings.core.pipeline;

import java.util.Set;
import org.tidings.core.knowledge.VerbPatterns;
import org.tidings.core.nlp.NlpAnnotator;

/**
 * Runs the linguistic layer. Only sentences that hold a word of the event dictionary are
 * parsed; the others get tags and entities, which is all the actor and time stages need.
 */
public final class TextStage implements Stage {
  private final NlpAnnotator nlp;
  private final NlpAnnotator.ParseFilter filter;

  public TextStage(NlpAnnotator nlp, VerbPatterns patterns) {
    this.nlp = nlp;
    this.filter = tokens -> tokens.stream().anyMatch(t -> patterns.isTrigger(t.lemma()));
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
    analysis.text(nlp.annotate(analysis.article().text(), filter));
  }
}
