package org.tidings.cli.badinput;

import java.util.List;

/** Invented English news sentences (written for this corpus) that the generated cases are made of. */
final class Sentences {
  private static final List<String> POOL = List.of(
      "The foreign minister of Norway met the Finnish president in Oslo on Monday to discuss fishing rights.",
      "Police in Lima arrested twelve protesters outside the parliament on Tuesday after a march against new taxes.",
      "The Kenyan government accused Somali militants of attacking a border post near Mandera, officials said.",
      "Chile and Peru signed an agreement on shared water resources in Santiago on Wednesday.",
      "The Polish prime minister urged Germany to send more air defence systems to the region.",
      "Protesters in Caracas denounced the Venezuelan government over rising food prices on Thursday.",
      "Japan pledged emergency aid to the Philippines after a typhoon struck the northern provinces.",
      "The Turkish army shelled positions held by Kurdish fighters in northern Syria on Friday, a monitor said.",
      "Egypt hosted talks between Sudanese army commanders and a rebel delegation in Cairo.",
      "The Indian foreign ministry criticised Pakistan for a ceasefire violation along the line of control.",
      "Brazilian police detained a former minister in Brasilia on charges of fraud, prosecutors said.",
      "The United Nations called on Ethiopia and Eritrea to withdraw troops from the disputed town.");

  private Sentences() {}

  /** Sentence {@code n} of the pool (any n). */
  static String one(int n) {
    return POOL.get(Math.floorMod(n, POOL.size()));
  }

  /** A short article of two sentences and a line that makes its text unique to {@code n}. */
  static String article(int n) {
    return one(n) + " " + one(n + 5) + " The desk filed this as note " + n + ".";
  }

  /** A longer article of paragraphs, about {@code chars} characters, unique to {@code n}. */
  static String paragraphs(int n, int chars) {
    StringBuilder sb = new StringBuilder();
    int k = 0;
    while (sb.length() < chars) {
      sb.append(one(n + k)).append(' ').append(one(n + k + 7)).append(" (paragraph ").append(k + 1).append(" of note ")
          .append(n).append(")\n\n");
      k++;
    }
    return sb.toString();
  }
}
