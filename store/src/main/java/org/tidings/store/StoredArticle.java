package org.tidings.store;

/**
 * One stored article as the {@code articles} table holds it.
 *
 * @param key the store's article key (grows with each article stored)
 * @param id the article's id in its input
 * @param source the publisher, or null
 * @param published {@code YYYY-MM-DD} or null
 * @param codedJson the coded article in the shape of FORMAT.md, with its {@code text}
 */
public record StoredArticle(long key, String id, String title, String source, String url, String published,
    String codedJson) {}
