package org.tidings.core.quotes;

/**
 * Quoted words found by their marks, before attribution.
 *
 * @param start first character inside the marks
 * @param end character after the last one inside the marks
 * @param open offset of the opening mark, or -1 when it is missing
 * @param close offset of the closing mark, or -1 when the quote was cut at the paragraph end
 */
record QuoteSpan(int start, int end, int open, int close, int paragraph) {

  boolean missingOpen() {
    return open < 0;
  }

  boolean unclosed() {
    return close < 0;
  }
}
