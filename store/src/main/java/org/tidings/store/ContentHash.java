package org.tidings.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import org.tidings.core.model.Article;

/**
 * The identity of an article's content: SHA-256 (hex) of its text in Unicode NFC with every run
 * of white space made one space and the ends trimmed, so the same text re-wrapped or re-encoded
 * is the same article.
 */
public final class ContentHash {
  private ContentHash() {}

  public static String of(String text) {
    return sha256(normal(text));
  }

  /**
   * The hash of an article: of its text, or of its id when it has no text (an input that could not
   * be read, or a text of white space only, such as no-break spaces, that normalises to nothing).
   */
  public static String of(Article article) {
    String normal = article.text().isBlank() ? "" : normal(article.text());
    return normal.isEmpty() ? ofUnreadable(article.id()) : sha256(normal);
  }

  private static String normal(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("(?U)\\s+", " ").strip();
  }

  /** The hash of an input that could not be read (no text): its id stands for it. */
  public static String ofUnreadable(String id) {
    return sha256("unreadable\u0000" + id);
  }

  private static String sha256(String s) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(d.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }
}
