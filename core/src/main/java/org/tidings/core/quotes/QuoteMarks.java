package org.tidings.core.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted stretches by their marks, paragraph by paragraph, so that an unbalanced mark
 * never swallows the rest of an article: an opening mark with no closing one ends at its
 * paragraph's end, and a closing mark with no opening one starts at the beginning of its
 * sentence (after the previous quote at the earliest). Straight double quotes open or close by
 * the characters around them. Quotes inside quotes (‘...’) and interview answers ("A: ...") are
 * found too.
 */
final class QuoteMarks {
  private static final char OPEN = '\u201C';
  private static final char CLOSE = '\u201D';
  private static final char STRAIGHT = '"';
  private static final char INNER_OPEN = '\u2018';
  private static final char INNER_CLOSE = '\u2019';

  List<QuoteSpan> find(String text) {
    List<QuoteSpan> out = new ArrayList<>();
    int paragraph = 0;
    int p = 0;
    while (p <= text.length()) {
      int end = paragraphEnd(text, p);
      for (int line = p; line < end; ) {
        int lineEnd = text.indexOf('\n', line);
        lineEnd = lineEnd < 0 || lineEnd > end ? end : lineEnd;
        if (isAnswer(text, line, lineEnd)) {
          int s = skipSpace(text, line + 2, lineEnd);
          if (s < lineEnd) {
            out.add(new QuoteSpan(s, trimEnd(text, s, lineEnd), -1, -1, paragraph, false, true));
          }
        }
        line = lineEnd + 1;
      }
      scan(text, p, end, paragraph, out);
      paragraph++;
      p = nextParagraph(text, end);
      if (p >= text.length()) {
        break;
      }
    }
    return out;
  }

  /** An interview answer line: "A: ..." or "A. ...". */
  private static boolean isAnswer(String text, int from, int to) {
    return to - from > 3 && text.charAt(from) == 'A' && (text.charAt(from + 1) == ':' || text.charAt(from + 1) == '.')
        && text.charAt(from + 2) == ' ';
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

  /** A straight quote opens after a space or the start and before a word; otherwise it closes. */
  private static boolean opens(String text, int i, int from, int to, boolean inside) {
    boolean before = i == from || Character.isWhitespace(text.charAt(i - 1)) || "([{\u2014-".indexOf(text.charAt(i - 1)) >= 0;
    boolean after = i + 1 < to && !Character.isWhitespace(text.charAt(i + 1));
    if (before && after) {
      return true;
    }
    if (!before && !after || !before) {
      return false;
    }
    return !inside;
  }

  private static void scan(String text, int from, int to, int paragraph, List<QuoteSpan> out) {
    int open = -1;
    int lastClose = from - 1;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean opening = c == OPEN || c == STRAIGHT && opens(text, i, from, to, open >= 0);
      boolean closing = !opening && (c == CLOSE || c == STRAIGHT);
      if (opening) {
        if (open >= 0) {
          // a second opening mark before a closing one: close the first where the second begins
          out.add(new QuoteSpan(open + 1, trimEnd(text, open + 1, i), open, -1, paragraph));
        }
        open = i;
      } else if (closing) {
        if (open >= 0) {
          out.add(new QuoteSpan(open + 1, i, open, i, paragraph));
          nested(text, open + 1, i, paragraph, out);
        } else {
          int start = sentenceStart(text, lastClose + 1, i);
          if (start < i) {
            out.add(new QuoteSpan(start, i, -1, i, paragraph));
          }
        }
        open = -1;
        lastClose = i;
      }
    }
    if (open >= 0 && open + 1 < to) {
      out.add(new QuoteSpan(open + 1, trimEnd(text, open + 1, to), open, -1, paragraph));
    }
  }

  /**
   * ‘...’ or '...' inside a quote: the closing mark is not followed by a letter (so "don’t" is no
   * end). Once no closing mark of a kind is left, later opening marks of that kind are not
   * searched again: a quote full of unclosed ‘ costs one pass, not one pass per mark.
   */
  private static void nested(String text, int from, int to, int paragraph, List<QuoteSpan> out) {
    boolean curlyLeft = true;
    boolean straightLeft = true;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean straight = c == '\'' && (i == from || Character.isWhitespace(text.charAt(i - 1)));
      if (straight ? !straightLeft : c != INNER_OPEN || !curlyLeft) {
        continue;
      }
      int j = innerClose(text, i + 1, to, straight ? '\'' : INNER_CLOSE);
      if (j < 0) {
        if (straight) {
          straightLeft = false;
        } else {
          curlyLeft = false;
        }
        continue;
      }
      out.add(new QuoteSpan(i + 1, j, i, j, paragraph, true, false));
      i = j;
    }
  }

  private static int innerClose(String text, int from, int to, char mark) {
    for (int j = from; j < to; j++) {
      if (text.charAt(j) == mark && (j + 1 >= to || !Character.isLetter(text.charAt(j + 1)))) {
        return j;
      }
    }
    return -1;
  }

  /** Where the sentence ending at a closing mark without its opening one begins. */
  private static int sentenceStart(String text, int from, int mark) {
    int i = mark - 2;
    while (i > from) {
      char c = text.charAt(i);
      if ((c == '.' || c == '?' || c == '!') && Character.isWhitespace(text.charAt(i + 1))) {
        return skipSpace(text, i + 1, mark);
      }
      i--;
    }
    return skipSpace(text, from, mark);
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
