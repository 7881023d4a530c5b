package org.tidings.store;

/**
 * A stored quote or claim with the article it comes from.
 *
 * @param quote its number within the article
 * @param kind direct, partial or indirect
 * @param speakerCode the speaker's actor code, or null when no speaker is named
 * @param eventId the event the quote backs, or null
 */
public record StoredQuote(long articleKey, String articleId, int quote, String text, int start, int end, String kind,
    String cue, String note, String speakerCode, String speakerName, String speakerText, String eventId) {}
