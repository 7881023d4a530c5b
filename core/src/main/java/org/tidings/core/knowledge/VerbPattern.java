package org.tidings.core.knowledge;

import java.util.List;
import java.util.Set;

/**
 * One row of the event dictionary.
 *
 * @param noun true for noun triggers ("meeting"), false for verbs
 * @param sourceSlot {@code subj} or {@code poss}
 * @param sourceSector the source must have this sector, or null for any
 * @param targets where to look for the target, in order; empty when the event takes none
 * @param targetOptional true when the event stands without a target
 * @param objects lemmas one of which must be the direct object, or empty
 * @param where file and line, recorded as the provenance of each event it codes
 */
public record VerbPattern(
    String lemma,
    boolean noun,
    String sourceSlot,
    String sourceSector,
    List<TargetSlot> targets,
    boolean targetOptional,
    Set<String> objects,
    String cameo,
    String where) {

  /**
   * A place to look for the target.
   *
   * @param slot {@code obj}, {@code iobj} or a preposition
   * @param placeOk true when a place there gives its country as the target
   */
  public record TargetSlot(String slot, boolean placeOk) {}
}
