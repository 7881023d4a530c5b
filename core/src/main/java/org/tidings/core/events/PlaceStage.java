package org.tidings.core.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tidings.core.knowledge.Knowledge;
import org.tidings.core.model.Place;
import org.tidings.core.nlp.Sentence;
import org.tidings.core.pipeline.Analysis;
import org.tidings.core.pipeline.Layer;
import org.tidings.core.pipeline.Stage;
import org.tidings.core.place.FocusRanker;

/**
 * Finds every place the text names, resolved in context as event places are, and ranks the
 * countries and places the article is about (its focus, as an analyst would map it).
 */
public final class PlaceStage implements Stage {
  private final Knowledge knowledge;
  private final FocusRanker ranker;

  public PlaceStage(Knowledge knowledge) {
    this.knowledge = knowledge;
    this.ranker = new FocusRanker(p -> {
      var c = knowledge.countries().get(p.country());
      return c != null && c.name().equals(p.name());
    });
  }

  @Override
  public String name() {
    return "places";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TEXT, Layer.ACTORS);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.PLACES);
  }

  @Override
  public void process(Analysis analysis) {
    PlaceNames places = PlaceNames.of(knowledge, analysis);
    List<Place> named = new ArrayList<>();
    List<String> demonyms = new ArrayList<>();
    for (Sentence s : analysis.text().sentences()) {
      named.addAll(places.named(s));
      demonyms.addAll(places.demonyms(s));
    }
    analysis.places(ranker.countries(named, demonyms), ranker.places(named));
  }
}
