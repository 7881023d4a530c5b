package org.tidings.core.model;

/** How an actor is mentioned in the text. */
public enum MentionKind {
  /** A proper name: "Emmanuel Macron", "Russia", "NATO". */
  NAME,
  /** A seat of power or capital standing for a government: "the Kremlin", "Moscow has demanded". */
  METONYM,
  /** A description built from agent nouns: "Belarusian military commanders". */
  DESCRIPTION,
  /** A pronoun resolved by coreference: "He", "his". */
  PRONOUN
}
