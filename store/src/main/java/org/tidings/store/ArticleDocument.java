package org.tidings.store;

/**
 * A stored article as a whole: its coded JSON (FORMAT.md section 2) and its text.
 *
 * @param codedJson the coded article as stored
 * @param text the article's text, or null for an article stored before schema version 2
 */
public record ArticleDocument(long articleKey, String codedJson, String text) {}
