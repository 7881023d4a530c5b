package org.tidings.core.model;

/** A time expression in the text with its resolved value. */
public record TimeMention(String text, Span span, int sentence, TimeValue value) {}
