package org.tidings.core.model;

/**
 * Quoted or reported words and who said them.
 *
 * @param speaker null when the text does not say (then {@code note} says why)
 * @param cue the speech verb or phrase ("said", "according to"), or null
 * @param note a flag such as {@code unbalanced} or the reason there is no speaker
 */
public record Quote(String text, Span span, ActorMention speaker, String cue, QuoteKind kind, String note) {}
