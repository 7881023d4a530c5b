package org.tidings.core.model;

/**
 * One coded event: who did what to whom, when and where, with the sentence that supports it.
 *
 * @param group shared by the events expanded from one compound actor
 * @param target null when the event type needs none
 * @param reportedBy the speaker who reports the event, or null
 * @param pattern the knowledge row that produced it, e.g. {@code verb-patterns.tsv:120}
 */
public record EventMention(
    String id,
    String group,
    int sentence,
    Span evidence,
    Span trigger,
    ActorMention source,
    ActorMention target,
    EventType type,
    Mode mode,
    TimeValue date,
    DateBasis dateBasis,
    Place place,
    double confidence,
    ActorMention reportedBy,
    String pattern) {}
