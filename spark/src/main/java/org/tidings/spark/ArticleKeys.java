package org.tidings.spark;

import java.util.HexFormat;

/**
 * The {@code article_key} of the Spark tables: the first 60 bits of the article's content hash
 * (SHA-256, {@link org.tidings.store.ContentHash}) as a positive number, so a task that is retried,
 * or a run that is repeated, gives every row the same key. (The embedded store numbers articles
 * from a sequence instead; both keep {@code content_hash} on the article row.)
 */
final class ArticleKeys {
  private ArticleKeys() {}

  static long of(String contentHash) {
    return HexFormat.fromHexDigitsToLong(contentHash, 0, 15);
  }
}
