package org.tidings.core.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** An ordered list of stages, checked when built: each stage's inputs come from an earlier stage. */
public final class Pipeline {
  private final List<Stage> stages;

  public Pipeline(List<Stage> stages) {
    Set<Layer> available = EnumSet.noneOf(Layer.class);
    for (Stage s : stages) {
      Set<Layer> missing = EnumSet.noneOf(Layer.class);
      missing.addAll(s.requires());
      missing.removeAll(available);
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException("stage " + s.name() + " requires " + missing
            + " but no earlier stage produces it");
      }
      for (Layer p : s.produces()) {
        if (available.contains(p)) {
          throw new IllegalArgumentException("stage " + s.name() + " produces " + p + " again");
        }
      }
      available.addAll(s.produces());
    }
    this.stages = List.copyOf(new ArrayList<>(stages));
  }

  public List<Stage> stages() {
    return stages;
  }

  /**
   * Runs every stage in order on one article. A thread interrupted (its article over its time
   * budget) stops before the next stage with an {@link IllegalStateException}, so a worker the
   * batch has given up on does not go on coding.
   */
  public void run(Analysis analysis) {
    for (Stage s : stages) {
      if (Thread.currentThread().isInterrupted()) {
        throw new IllegalStateException("interrupted before stage " + s.name());
      }
      s.process(analysis);
      s.produces().forEach(analysis::mark);
    }
  }
}
