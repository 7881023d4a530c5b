package org.tidings.core.pipeline;

/** What a stage adds to an {@link Analysis}. */
public enum Layer {
  /** Sentences, tokens, tags, lemmas, entities and parses. */
  TEXT,
  /** Actor mentions, with pronouns and descriptions resolved. */
  ACTORS,
  /** Every place the text names, and the countries and places the article is about. */
  PLACES,
  /** Time expressions with resolved values. */
  TIMES,
  /** Quotes and their speakers. */
  QUOTES,
  /** Coded events with mode, date and place. */
  EVENTS
}
