package org.tidings.store.search;

/**
 * One document a query found.
 *
 * @param kind {@code article}, {@code sentence}, {@code quote} or {@code event}
 * @param articleKey the store's key of the article
 * @param articleId the article's id in its input
 * @param sentence the sentence index, -1 for an article or a quote outside every supporting sentence
 * @param eventId the event's id for an event, else null
 * @param snippet the text around the matched words, those marked {@code <mark>...</mark>}, the rest HTML-escaped
 */
public record SearchHit(String kind, long articleKey, String articleId, int sentence, String eventId, float score,
    String snippet) {}
