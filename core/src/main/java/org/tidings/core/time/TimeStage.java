package org.tidings.core.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tidings.core.model.Span;
import org.tidings.core.model.TimeMention;
import org.tidings.core.model.TimeValue;
import org.tidings.core.nlp.AnnotatedText;
import org.tidings.core.nlp.Sentence;
import org.tidings.core.pipeline.Analysis;
import org.tidings.core.pipeline.Layer;
import org.tidings.core.pipeline.Stage;

/** Finds the time expressions of every sentence and resolves them against the publication date. */
public final class TimeStage implements Stage {
  private final TimeExpressionFinder finder = new TimeExpressionFinder();
  private final TimeResolver resolver = new TimeResolver();
  private final TenseReader tenses = new TenseReader();

  @Override
  public String name() {
    return "times";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TEXT);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.TIMES);
  }

  @Override
  public void process(Analysis analysis) {
    AnnotatedText text = analysis.text();
    List<TimeMention> out = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      for (TimeExpression e : finder.find(text.text(), s.start(), s.end())) {
        int token = lastToken(s, e.end());
        Tense tense = token < 0 ? Tense.PRESENT : tenses.tenseOf(s, token);
        Optional<TimeValue> v = resolver.resolve(e, analysis.article().date(), tense);
        v.ifPresent(value -> out.add(new TimeMention(e.text(), new Span(e.start(), e.end()), s.index(), value)));
      }
    }
    analysis.times(out);
  }

  /** The last token that ends within the expression. */
  static int lastToken(Sentence s, int end) {
    int best = -1;
    for (var t : s.tokens()) {
      if (t.end() <= end) {
        best = t.index();
      }
    }
    return best;
  }
}
