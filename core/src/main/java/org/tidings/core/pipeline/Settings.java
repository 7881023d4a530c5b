package org.tidings.core.pipeline;

/**
 * Limits that keep one article from holding a worker.
 *
 * @param maxChars longer articles are cut to this many characters (recorded as an error); texts over ten
 *     times this are refused as {@code too_long}
 * @param maxParseTokens longer sentences are not parsed
 */
public record Settings(int maxChars, int maxParseTokens) {
  public static final Settings DEFAULTS = new Settings(100_000, 80);

  public Settings {
    if (maxChars < 1000) {
      throw new IllegalArgumentException("maxChars must be at least 1000: " + maxChars);
    }
    if (maxParseTokens < 5) {
      throw new IllegalArgumentException("maxParseTokens must be at least 5: " + maxParseTokens);
    }
  }
}
