package org.tidings.core.nlp;

import java.util.List;

/** An article's text with its sentences, tokens and parses. */
public record AnnotatedText(String text, List<Sentence> sentences) {

  public int tokenCount() {
    int n = 0;
    for (Sentence s : sentences) {
      n += s.size();
    }
    return n;
  }
}
