package org.tidings.core.quotes;

/**
 * Quoted words found by their marks, before attribution.
 *
 * @param start first character inside the marks
 * @param end character after the last one inside the marks
 * @param open offset of the opening mark, or -1 when it is missing
 * @param close offset of the closing mark, or -1 when the quote was cut at the paragraph end
 * @param nested true for a quote inside another quote (‘...’ inside “...”)
 * @param answer true for an interview answer ("A: ..."), which has no marks at all
 */
record QuoteSpan(int start, int end, int open, int close, int paragraph, boolean nested, boolean answer) {

  QuoteSpan(int start, int end, int open, int close, int paragraph) {
    this(start, end, open, close, paragraph, false, false);
  }

  boolean missingOpen() {
    return open < 0 && !answer;
  }

  boolean unclosed() {
    return close < 0 && !answer;
  }
}
