package org.tidings.core.nlp;

import java.util.List;

/**
 * One sentence of an article.
 *
 * @param paragraph index of the paragraph holding it (paragraphs are separated by blank lines)
 * @param parse the dependency tree, or null when the sentence was not parsed (too long, or no
 *     candidate event in it)
 */
public record Sentence(int index, int paragraph, int start, int end, List<Token> tokens, ParseTree parse) {

  public boolean parsed() {
    return parse != null;
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  /** Index of the token covering the character offset, or -1. */
  public int tokenAt(int offset) {
    for (Token t : tokens) {
      if (t.start() <= offset && offset < t.end()) {
        return t.index();
      }
    }
    return -1;
  }
}
