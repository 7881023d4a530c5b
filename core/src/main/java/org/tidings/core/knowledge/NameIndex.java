package org.tidings.core.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tidings.core.nlp.Token;

/**
 * Finds the longest known names in a sentence. Forms written with a capital letter match case
 * sensitively ("US" never matches "us"), lower-case forms match any case; typographic and
 * straight apostrophes are the same. A match starts and ends on token boundaries.
 */
public final class NameIndex {
  private final Map<String, List<NameEntry>> buckets = new HashMap<>();

  NameIndex(List<NameEntry> entries) {
    for (NameEntry e : entries) {
      if (e.form().length() < 2) {
        continue;
      }
      buckets.computeIfAbsent(key(e.form(), 0), k -> new ArrayList<>()).add(e);
    }
    buckets.values().forEach(l -> l.sort((a, b) -> b.form().length() - a.form().length()));
  }

  private static String key(CharSequence s, int at) {
    return (fold(s.charAt(at)) + "" + fold(s.charAt(at + 1))).toLowerCase(Locale.ROOT);
  }

  private static char fold(char c) {
    return c == '\u2019' || c == '\u2018' ? '\'' : c;
  }

  /** Longest non-overlapping matches, left to right. */
  public List<NameMatch> find(String text, List<Token> tokens) {
    Map<Integer, Integer> tokenByEnd = new HashMap<>();
    for (Token t : tokens) {
      tokenByEnd.put(t.end(), t.index());
    }
    List<NameMatch> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      NameMatch best = null;
      if (t.end() - t.start() >= 1 && t.start() + 1 < text.length()) {
        List<NameEntry> cands = buckets.get(key(text, t.start()));
        if (cands != null) {
          int bestLen = -1;
          List<NameEntry> same = new ArrayList<>();
          for (NameEntry e : cands) {
            int len = e.form().length();
            if (len < bestLen) {
              break;
            }
            Integer endTok = tokenByEnd.get(t.start() + len);
            if (endTok == null || endTok < i || !matches(text, t.start(), e.form())) {
              continue;
            }
            if (len > bestLen) {
              same.clear();
              bestLen = len;
            }
            same.add(e);
            best = new NameMatch(i, endTok + 1, same);
          }
          if (best != null) {
            best = new NameMatch(best.start(), best.end(), List.copyOf(same));
          }
        }
      }
      if (best != null) {
        out.add(best);
        i = best.end();
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean matches(String text, int at, String form) {
    if (at + form.length() > text.length()) {
      return false;
    }
    boolean caseless = form.equals(form.toLowerCase(Locale.ROOT));
    for (int k = 0; k < form.length(); k++) {
      char a = fold(text.charAt(at + k));
      char b = fold(form.charAt(k));
      if (a == b) {
        continue;
      }
      if (caseless && Character.toLowerCase(a) == b) {
        continue;
      }
      return false;
    }
    return true;
  }
}
