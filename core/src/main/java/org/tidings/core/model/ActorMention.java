package org.tidings.core.model;

/**
 * One mention of an actor in the text.
 *
 * @param span the characters of the mention
 * @param sentence index of the sentence holding it
 * @param head token index (within the sentence) of the mention's head word
 * @param person true when the mention names a single person
 * @param antecedent for pronouns and descriptions: the mention it was resolved to, else null
 */
public record ActorMention(
    Actor actor,
    String text,
    Span span,
    int sentence,
    int head,
    MentionKind kind,
    boolean person,
    ActorMention antecedent) {

  public ActorMention withActor(Actor newActor) {
    return new ActorMention(newActor, text, span, sentence, head, kind, person, antecedent);
  }
}
