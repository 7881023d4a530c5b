package org.tidings.store;

/**
 * One stored article with its coded JSON, as the search index reads it.
 *
 * @param key the store's article key (grows with each article stored)
 * @param id the article's id in its input
 * @param source the publisher, or null
 * @param published {@code YYYY-MM-DD} or null
 * @param codedJson the coded article in the shape of FORMAT.md
 * @param text the article's text ({@code article_texts}), or null for an article stored before texts were kept
 */
public record StoredCodedArticle(long key, String id, String title, String source, String url, String published,
    String codedJson, String text) {}
