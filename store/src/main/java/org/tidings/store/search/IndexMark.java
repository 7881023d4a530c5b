package org.tidings.store.search;

import java.util.HashMap;
import java.util.Map;

/**
 * What part of the store an index reflects, kept in the user data of each index commit (so it
 * moves with the documents, atomically): how many articles it holds, the highest article key
 * among them, and the layout of its documents (raised when documents change shape, which forces
 * a rebuild).
 */
record IndexMark(long articles, long maxKey, String layout) {
  static final String LAYOUT = "1";
  static final IndexMark EMPTY = new IndexMark(0, 0, LAYOUT);

  static IndexMark of(Iterable<Map.Entry<String, String>> data) {
    Map<String, String> m = new HashMap<>();
    if (data != null) {
      data.forEach(e -> m.put(e.getKey(), e.getValue()));
    }
    if (!m.containsKey("tidings.articles")) {
      return EMPTY;
    }
    try {
      return new IndexMark(Long.parseLong(m.get("tidings.articles")), Long.parseLong(m.get("tidings.max_key")),
          m.getOrDefault("tidings.layout", "?"));
    } catch (NumberFormatException e) {
      return new IndexMark(0, 0, "?");
    }
  }

  Map<String, String> data() {
    return Map.of("tidings.articles", Long.toString(articles), "tidings.max_key", Long.toString(maxKey),
        "tidings.layout", layout);
  }

  boolean current() {
    return LAYOUT.equals(layout);
  }
}
