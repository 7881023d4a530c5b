package org.tidings.store;

/**
 * A stored event with what exports need beyond {@link StoredEvent}: the article's URL, dates and
 * coding time, the actors' sectors and words, and the story the event belongs to.
 *
 * @param row the event's row number in the store (DuckDB's rowid: events are only appended, so it is
 *     stable for a store and grows in the order events were stored)
 * @param day the first day the event's date covers ({@code YYYY-MM-DD}), or null
 * @param published the article's publication date, or null
 * @param codedAt when the article was coded, {@code YYYY-MM-DD HH:MM:SS...}
 * @param storyId the story the event belongs to, or null (no stories, or an event that takes no part in one)
 * @param mentions mentions of the story, 1 without one; likewise {@code articles} and {@code sources}
 */
public record ExportedEvent(StoredEvent event, long row, String url, String sourceSector, String sourceText,
    String targetSector, String targetText, String day, String published, String codedAt, String storyId,
    int mentions, int articles, int sources) {}
