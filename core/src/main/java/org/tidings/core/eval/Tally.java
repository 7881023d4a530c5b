package org.tidings.core.eval;

/** Counts for one measure: how many were right out of how many tried. */
public record Tally(int right, int total) {
  public static final Tally ZERO = new Tally(0, 0);

  public Tally plus(Tally o) {
    return new Tally(right + o.right, total + o.total);
  }

  public double rate() {
    return total == 0 ? 1.0 : (double) right / total;
  }

  @Override
  public String toString() {
    return right + "/" + total;
  }
}
