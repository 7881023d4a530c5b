package org.tidings.core.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code agent-nouns.tsv}: sectors for descriptions of unknown actors. */
public final class AgentNouns {
  static final List<String> HEADER = List.of("term", "sector", "rank", "person");

  private final Map<String, AgentNoun> byTerm;
  private final int longest;
  private final TsvTable table;

  AgentNouns(TsvTable table) {
    this.table = table;
    Map<String, AgentNoun> m = new HashMap<>();
    int max = 1;
    for (TsvTable.Row r : table.rows()) {
      String term = r.required("term").toLowerCase(Locale.ROOT);
      String sector = r.required("sector");
      if (!sector.matches("[A-Z]{3}")) {
        throw r.error("sector must be three capital letters: " + sector);
      }
      AgentNoun n = new AgentNoun(term, sector, r.integer("rank", 10), r.get("person").equals("Y"));
      m.put(term, n);
      max = Math.max(max, term.split(" ").length);
    }
    this.byTerm = Map.copyOf(m);
    this.longest = max;
  }

  public static AgentNouns load() {
    return new AgentNouns(TsvTable.load("agent-nouns.tsv", HEADER));
  }

  /** The entry for a lower-case lemma or phrase, or null. */
  public AgentNoun get(String term) {
    return byTerm.get(term);
  }

  /**
   * The sector of the highest-ranked agent noun among {@code lemmas} ("human rights chief": GOV),
   * the first of equal ranks in the order given; null when none is an agent noun.
   */
  public String strongestSector(List<String> lemmas) {
    AgentNoun best = null;
    for (String lemma : lemmas) {
      AgentNoun n = byTerm.get(lemma);
      if (n != null && (best == null || n.rank() > best.rank())) {
        best = n;
      }
    }
    return best == null ? null : best.sector();
  }

  /** Words in the longest phrase. */
  public int longest() {
    return longest;
  }

  TsvTable table() {
    return table;
  }
}
