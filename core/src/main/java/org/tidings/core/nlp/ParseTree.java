package org.tidings.core.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Universal Dependencies basic tree over a sentence's tokens. Heads are token indexes, -1 for
 * the root. Relation names are lower case with their subtype ({@code nsubj:pass}, {@code obl:tmod}).
 */
public final class ParseTree {
  private final int[] heads;
  private final String[] relations;
  private final List<List<Integer>> children;

  public ParseTree(int[] heads, String[] relations) {
    if (heads.length != relations.length) {
      throw new IllegalArgumentException("heads and relations differ in length");
    }
    this.heads = heads.clone();
    this.relations = relations.clone();
    List<List<Integer>> kids = new ArrayList<>(heads.length);
    for (int i = 0; i < heads.length; i++) {
      kids.add(new ArrayList<>(2));
    }
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] >= 0) {
        kids.get(heads[i]).add(i);
      }
    }
    this.children = kids;
  }

  public int size() {
    return heads.length;
  }

  public int head(int token) {
    return heads[token];
  }

  /** The relation of a token to its head, e.g. {@code nsubj}, {@code obl}, {@code root}. */
  public String relation(int token) {
    return relations[token];
  }

  /** The relation without subtype: {@code nsubj:pass} gives {@code nsubj}. */
  public String baseRelation(int token) {
    String r = relations[token];
    int colon = r.indexOf(':');
    return colon < 0 ? r : r.substring(0, colon);
  }

  public List<Integer> children(int token) {
    return children.get(token);
  }

  /** Children whose relation is {@code relation} or a subtype of it. */
  public List<Integer> children(int token, String relation) {
    List<Integer> out = new ArrayList<>(1);
    for (int c : children.get(token)) {
      String r = relations[c];
      if (r.equals(relation) || r.startsWith(relation + ":")) {
        out.add(c);
      }
    }
    return out;
  }

  public int child(int token, String relation) {
    List<Integer> c = children(token, relation);
    return c.isEmpty() ? -1 : c.get(0);
  }

  /** True when {@code ancestor} dominates {@code token} (or is it). */
  public boolean dominates(int ancestor, int token) {
    for (int t = token, guard = 0; t >= 0 && guard <= heads.length; t = heads[t], guard++) {
      if (t == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The lowest and highest token index of the subtree under {@code token}. */
  public int[] extent(int token) {
    int[] lohi = {token, token};
    extend(token, lohi, 0);
    return lohi;
  }

  private void extend(int token, int[] lohi, int depth) {
    if (depth > heads.length) {
      return;
    }
    for (int c : children.get(token)) {
      lohi[0] = Math.min(lohi[0], c);
      lohi[1] = Math.max(lohi[1], c);
      extend(c, lohi, depth + 1);
    }
  }

  /** The preposition (case marker) of an oblique or nominal modifier, lower case, or null. */
  public String caseMarker(int token, List<Token> tokens) {
    for (int c : children.get(token)) {
      if (relations[c].equals("case") && !tokens.get(c).pos().equals("POS")) {
        StringBuilder sb = new StringBuilder(tokens.get(c).text().toLowerCase(Locale.ROOT));
        for (int f : children.get(c)) {
          if (relations[f].equals("fixed")) {
            sb.append(' ').append(tokens.get(f).text().toLowerCase(Locale.ROOT));
          }
        }
        return sb.toString();
      }
    }
    return null;
  }
}
