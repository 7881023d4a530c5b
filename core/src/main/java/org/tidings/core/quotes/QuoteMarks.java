package org.tidings.core.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted stretches by their marks, paragraph by paragraph, so that an unbalanced mark
 * never swallows the rest of an article: an opening mark with no closing one ends at its
 * paragraph's end, and a closing mark with no opening one starts after the previous quote in
 * the paragraph (or at the paragraph's start).
 */
final class QuoteMarks {
  private static final char OPEN = '\u201C';
  private static final char CLOSE = '\u201D';
  private static final char STRAIGHT = '"';

  List<QuoteSpan> find(String text) {
    List<QuoteSpan> out = new ArrayList<>();
    int paragraph = 0;
    int p = 0;
    while (p <= text.length()) {
      int end = paragraphEnd(text, p);
      scan(text, p, end, paragraph, out);
      paragraph++;
      p = nextParagraph(text, end);
      if (p >= text.length()) {
        break;
      }
    }
    return out;
  }

  private static int paragraphEnd(String text, int from) {
    int i = from;
    while (i < text.length()) {
      int nl = text.indexOf('\n', i);
      if (nl < 0) {
        return text.length();
      }
      int j = nl + 1;
      while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
        j++;
      }
      if (j >= text.length() || text.charAt(j) == '\n') {
        return nl;
      }
      i = j;
    }
    return text.length();
  }

  private static int nextParagraph(String text, int end) {
    int i = end;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i == end ? end + 1 : i;
  }

  private static void scan(String text, int from, int to, int paragraph, List<QuoteSpan> out) {
    int open = -1;
    int lastClose = from - 1;
    boolean straightOpen = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == OPEN || (c == STRAIGHT && !straightOpen && open < 0)) {
        if (open >= 0) {
          // a second opening mark before a closing one: close the first where the second begins
          out.add(new QuoteSpan(open + 1, trimEnd(text, open + 1, i), open, -1, paragraph));
        }
        open = i;
        straightOpen = c == STRAIGHT;
      } else if (c == CLOSE || (c == STRAIGHT && open >= 0)) {
        if (open >= 0) {
          out.add(new QuoteSpan(open + 1, i, open, i, paragraph));
        } else {
          int start = skipSpace(text, lastClose + 1, i);
          if (start < i) {
            out.add(new QuoteSpan(start, i, -1, i, paragraph));
          }
        }
        open = -1;
        straightOpen = false;
        lastClose = i;
      }
    }
    if (open >= 0 && open + 1 < to) {
      out.add(new QuoteSpan(open + 1, trimEnd(text, open + 1, to), open, -1, paragraph));
    }
  }

  private static int skipSpace(String text, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int from, int to) {
    int i = to;
    while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
