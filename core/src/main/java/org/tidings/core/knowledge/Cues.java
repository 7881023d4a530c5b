package org.tidings.core.knowledge;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code cues.tsv}: words that make an event negated, hypothetical, planned, reported, denied or historical, and speech verbs. */
public final class Cues {
  static final List<String> HEADER = List.of("term", "kind", "note");

  /** What a cue signals. */
  public enum Kind {
    NEGATION, HYPOTHETICAL, PLANNED, REPORTED, DENIAL, SPEECH, HISTORICAL
  }

  private final Map<Kind, Set<String>> terms;
  private final TsvTable table;

  Cues(TsvTable table) {
    this.table = table;
    Map<Kind, Set<String>> m = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      m.put(k, new HashSet<>());
    }
    for (TsvTable.Row r : table.rows()) {
      Kind k;
      try {
        k = Kind.valueOf(r.required("kind").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw r.error("kind must be one of " + Arrays.toString(Kind.values()) + ": " + r.get("kind"));
      }
      for (String t : r.list("term")) {
        m.get(k).add(t.toLowerCase(Locale.ROOT));
      }
    }
    m.replaceAll((k, v) -> Set.copyOf(v));
    this.terms = m;
  }

  public static Cues load() {
    return new Cues(TsvTable.load("cues.tsv", HEADER));
  }

  public boolean is(Kind kind, String lemma) {
    return terms.get(kind).contains(lemma);
  }

  public Set<String> terms(Kind kind) {
    return terms.get(kind);
  }

  TsvTable table() {
    return table;
  }
}
