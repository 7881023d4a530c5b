package org.tidings.store;

/** One mention of a story: the article and event that report it, with the supporting sentence. */
public record StoryEvidence(long articleKey, String articleId, String eventId, String evidence) {}
