package org.tidings.core.nlp;

import java.util.List;

/**
 * The linguistic layer: splits text into sentences and tokens, tags, lemmatises, finds named
 * entities and parses. Implementations are built once and are safe to call from many threads.
 */
public interface NlpAnnotator {

  /**
   * Annotates one text.
   *
   * @param shouldParse decides, per sentence, whether the dependency parse is worth its cost
   */
  AnnotatedText annotate(String text, ParseFilter shouldParse);

  /** Chooses the sentences to parse after tagging. */
  @FunctionalInterface
  interface ParseFilter {
    boolean test(List<Token> tokens);

    ParseFilter ALL = tokens -> true;
  }
}
