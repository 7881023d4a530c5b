package org.tidings.core.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code verb-patterns.tsv}: the event dictionary, rows kept in file order per lemma. */
public final class VerbPatterns {
  static final List<String> HEADER = List.of("lemma", "pos", "source", "target", "object", "cameo", "note");
  private static final Pattern SOURCE = Pattern.compile("(subj|poss)(?:\\[([A-Z]{3})\\])?");
  private static final Pattern ALT = Pattern.compile("[a-z]+(?: [a-z]+)?@?");

  private final Map<String, List<VerbPattern>> verbs;
  private final Map<String, List<VerbPattern>> nouns;
  private final TsvTable table;

  VerbPatterns(TsvTable table, EventTypes types) {
    this.table = table;
    Map<String, List<VerbPattern>> v = new HashMap<>();
    Map<String, List<VerbPattern>> n = new HashMap<>();
    for (TsvTable.Row r : table.rows()) {
      VerbPattern p = parse(r);
      if (types.get(p.cameo()) == null) {
        throw r.error("unknown CAMEO code " + p.cameo() + " (not in cameo.tsv)");
      }
      (p.noun() ? n : v).computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
    }
    v.replaceAll((k, l) -> List.copyOf(l));
    n.replaceAll((k, l) -> List.copyOf(l));
    this.verbs = Map.copyOf(v);
    this.nouns = Map.copyOf(n);
  }

  static VerbPattern parse(TsvTable.Row r) {
    String lemma = r.required("lemma").toLowerCase(Locale.ROOT);
    String pos = r.required("pos");
    if (!pos.equals("V") && !pos.equals("N")) {
      throw r.error("pos must be V or N: " + pos);
    }
    Matcher sm = SOURCE.matcher(r.required("source"));
    if (!sm.matches()) {
      throw r.error("source must be subj or poss, optionally with [SECTOR]: " + r.get("source"));
    }
    String target = r.required("target");
    boolean optional = target.endsWith("?");
    if (optional) {
      target = target.substring(0, target.length() - 1);
    }
    List<VerbPattern.TargetSlot> slots = new ArrayList<>();
    if (target.equals("none")) {
      optional = true;
    } else {
      for (String alt : target.split("\\|")) {
        alt = alt.trim();
        if (!ALT.matcher(alt).matches()) {
          throw r.error("bad target slot '" + alt + "'");
        }
        boolean place = alt.endsWith("@");
        slots.add(new VerbPattern.TargetSlot(place ? alt.substring(0, alt.length() - 1) : alt, place));
      }
    }
    Set<String> objects = new HashSet<>();
    r.list("object").forEach(o -> objects.add(o.toLowerCase(Locale.ROOT)));
    String cameo = r.required("cameo");
    if (!cameo.matches("\\d{2,4}")) {
      throw r.error("cameo must be 2 to 4 digits: " + cameo);
    }
    return new VerbPattern(lemma, pos.equals("N"), sm.group(1), sm.group(2), List.copyOf(slots), optional,
        Set.copyOf(objects), cameo, r.where());
  }

  public static VerbPatterns load(EventTypes types) {
    return new VerbPatterns(TsvTable.load("verb-patterns.tsv", HEADER), types);
  }

  public List<VerbPattern> forVerb(String lemma) {
    return verbs.getOrDefault(lemma, List.of());
  }

  public List<VerbPattern> forNoun(String lemma) {
    return nouns.getOrDefault(lemma, List.of());
  }

  public boolean isTrigger(String lemma) {
    return verbs.containsKey(lemma) || nouns.containsKey(lemma);
  }

  public int size() {
    return table.rows().size();
  }

  TsvTable table() {
    return table;
  }
}
