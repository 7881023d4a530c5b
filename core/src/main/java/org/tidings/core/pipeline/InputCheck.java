package org.tidings.core.pipeline;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tidings.core.model.ArticleError;

/**
 * Decides whether a text can be coded at all: not empty, not binary, and English enough.
 */
public final class InputCheck {
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "to", "in", "a", "is", "that",
      "for", "on", "with", "was", "said", "by", "as", "at", "has", "have", "from", "it", "its", "he", "she", "his",
      "be", "are", "were", "had", "an", "will", "would", "not", "this", "after", "who", "which");

  private InputCheck() {}

  /** An error that stops coding, or empty when the text may be coded. */
  public static Optional<ArticleError> check(String text) {
    if (text.isBlank()) {
      return Optional.of(new ArticleError("empty_text", "the article has no text"));
    }
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
        control++;
      }
    }
    if (control > 0 && control * 20 > text.length()) {
      return Optional.of(new ArticleError("binary_content",
          "the article looks binary: " + control + " control characters in " + text.length()));
    }
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
    int total = 0;
    int english = 0;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      total++;
      if (FUNCTION_WORDS.contains(w)) {
        english++;
      }
      if (total >= 2000) {
        break;
      }
    }
    if (total == 0) {
      return Optional.of(new ArticleError("no_words", "the article has no words"));
    }
    if (total >= 8 && english * 10 < total) {
      return Optional.of(new ArticleError("not_english",
          "the article does not look like English (" + english + " common English words in " + total + ")"));
    }
    return Optional.empty();
  }
}
