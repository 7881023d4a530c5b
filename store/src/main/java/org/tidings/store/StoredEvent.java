package org.tidings.store;

/**
 * An event as the store holds it, with the article it comes from. {@code json} is the event in
 * the shape of FORMAT.md.
 *
 * @param articleKey the store's key of the article
 * @param articleId the article's id in its input
 * @param publisher the article's source (publication), or null
 * @param date {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY} or null
 */
public record StoredEvent(long articleKey, String articleId, String publisher, String eventId, int sentence,
    String evidence, String trigger, String sourceCode, String sourceName, String sourceCountry, String targetCode,
    String targetName, String targetCountry, String cameo, String cameoName, String plover, int quadClass,
    double goldstein, String mode, String reportedBy, String date, String dateBasis, String placeName,
    String placeCountry, Double lat, Double lon, double confidence, String pattern, String json) {}
