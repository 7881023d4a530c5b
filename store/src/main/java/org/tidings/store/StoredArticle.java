package org.tidings.store;

import java.time.LocalDate;

/**
 * A stored article without its text: what a listing shows.
 *
 * @param articleKey the store's key
 * @param articleId the article's id in its input
 * @param source the publisher, or null
 * @param published the publication date, or null
 * @param status {@code ok}, or {@code failed} when it could not be coded
 * @param codedAt when it was coded and stored (UTC, ISO 8601)
 */
public record StoredArticle(long articleKey, String articleId, String source, String url, String title,
    LocalDate published, String status, String codedAt, String focusCountry, int eventCount) {}
