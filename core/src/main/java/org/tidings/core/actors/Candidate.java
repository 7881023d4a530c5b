package org.tidings.core.actors;

import org.tidings.core.model.Actor;
import org.tidings.core.model.MentionKind;

/**
 * A mention found in one sentence, before coreference: its actor may still be unknown (a
 * pronoun, "the separatists", an unknown name).
 *
 * @param first first token of the mention
 * @param last last token of the mention (inclusive)
 * @param head the head token
 * @param role for descriptions such as "the German leader": the office kind looked for, else null
 * @param coordinatedWith for one of several countries in "representatives from A, B and C": the
 *     head of the first, else -1
 */
record Candidate(
    int sentence,
    int first,
    int last,
    int head,
    Actor actor,
    MentionKind kind,
    boolean person,
    String role,
    int coordinatedWith,
    String placeCountry) {}
