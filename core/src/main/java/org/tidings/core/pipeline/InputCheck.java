package org.tidings.core.pipeline;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tidings.core.model.ArticleError;

/**
 * Decides whether a text can be coded at all: not empty (white space and invisible format
 * characters such as zero-width spaces and byte order marks count as nothing), not binary
 * (control characters, or the U+FFFD that replaced bytes a decoder could not read, in more than
 * one character of twenty), with words, written mostly in the Latin script, and English enough
 * (common English words among its first 2,000 words). Only the first {@value #SAMPLE} characters
 * are read for words, so a check costs little however long the text.
 */
public final class InputCheck {
  static final int SAMPLE = 20_000;
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "to", "in", "a", "is", "that",
      "for", "on", "with", "was", "said", "by", "as", "at", "has", "have", "from", "it", "its", "he", "she", "his",
      "be", "are", "were", "had", "an", "will", "would", "not", "this", "after", "who", "which");

  /** Texts more than this many times the coded length are refused rather than cut. */
  public static final int REFUSE_FACTOR = 10;

  private InputCheck() {}

  /**
   * An error when the text is far longer than an article ({@value #REFUSE_FACTOR} times the
   * characters that are coded, {@code maxChars}): a dump, a book or a log, whose first part
   * coded as one article would give events of no article. Shorter texts over {@code maxChars}
   * are cut and coded (see {@link TidingsCoder}).
   */
  public static Optional<ArticleError> checkLength(String text, int maxChars) {
    long limit = (long) REFUSE_FACTOR * maxChars;
    if (text.length() > limit) {
      return Optional.of(new ArticleError("too_long", String.format(Locale.ROOT, "the text has %,d characters, "
          + "more than %d times the %,d that are coded: it is not one article", text.length(), REFUSE_FACTOR,
          maxChars)));
    }
    return Optional.empty();
  }

  /** An error that stops coding, or empty when the text may be coded. */
  public static Optional<ArticleError> check(String text) {
    if (invisible(text)) {
      return Optional.of(new ArticleError("empty_text", "the article has no text"));
    }
    int binary = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\u0085')) {
        binary++;
      }
    }
    if (binary > 0 && binary * 20 > text.length()) {
      return Optional.of(new ArticleError("binary_content", "the article looks binary: " + binary
          + " control or undecodable characters in " + text.length()));
    }
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    Map<UnicodeScript, Integer> scripts = new EnumMap<>(UnicodeScript.class);
    int letters = 0;
    for (int i = 0; i < sample.length(); ) {
      int cp = sample.codePointAt(i);
      if (Character.isLetter(cp)) {
        letters++;
        scripts.merge(UnicodeScript.of(cp), 1, Integer::sum);
      }
      i += Character.charCount(cp);
    }
    if (letters == 0) {
      return Optional.of(new ArticleError("no_words", "the article has no words"));
    }
    int latin = scripts.getOrDefault(UnicodeScript.LATIN, 0);
    if (latin * 2 < letters) {
      UnicodeScript main = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      return Optional.of(new ArticleError("not_english", "the article is not written in the Latin script ("
          + scripts.get(main) + " of its first " + letters + " letters are " + name(main) + ")"));
    }
    String[] words = sample.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}']+");
    int total = 0;
    int english = 0;
    for (String w : words) {
      if (w.chars().noneMatch(Character::isLetter)) {
        // "", or quotation marks written as apostrophes
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
    if (total >= 8 && english * 10 < total) {
      return Optional.of(new ArticleError("not_english",
          "the article does not look like English (" + english + " common English words in " + total + ")"));
    }
    return Optional.empty();
  }

  /** True when the text holds nothing but white space and invisible format characters. */
  static boolean invisible(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT
          && c != '\u0085') {
        return false;
      }
    }
    return true;
  }

  private static String name(UnicodeScript s) {
    String n = s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }
}
