package org.tidings.core.pipeline;

import java.util.Set;

/**
 * One step of the coding pipeline. A stage declares the layers it reads and the layers it
 * writes; {@link Pipeline} refuses an order in which a stage would read a layer not yet written.
 * Stages are immutable and shared by all threads.
 */
public interface Stage {

  String name();

  Set<Layer> requires();

  Set<Layer> produces();

  void process(Analysis analysis);
}
