package org.tidings.core.model;

/** A problem met while coding one article: a stable code and a message for people. */
public record ArticleError(String code, String message) {}
