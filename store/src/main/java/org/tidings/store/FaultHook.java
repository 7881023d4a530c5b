package org.tidings.store;

import java.util.function.IntConsumer;

/**
 * A test hook, not a feature: named points in the writing of a store and its index where a test
 * can stop the process dead, to check that the next run recovers. When the system property
 * {@value #PROPERTY} is {@code point:n} (for example {@code -Dtidings.fault.haltAfter=stored:2}),
 * the n-th {@link #pass} of that point through this object prints one line to standard error and
 * halts the JVM with exit status 137 ({@link Runtime#halt}: no shutdown hooks, no closing, no
 * flushing; what {@code kill -9} leaves). Without the property, which no user sets, {@link #pass}
 * does nothing.
 *
 * <p>The points: {@code coded} (an article is coded, before it is stored; {@code tidings ingest}),
 * {@code stored} (an article's transaction committed; {@link ArticleWriter}), {@code stories} (the
 * stories deleted and made again, before that transaction commits; {@link Stories}) and
 * {@code indexed} (a batch of documents added to the search index, before its commit). Each
 * object counts its own passes: it belongs to one store, index or run, used by one thread.
 */
public final class FaultHook {
  /** The system property that names the point and the pass to halt at. */
  public static final String PROPERTY = "tidings.fault.haltAfter";
  static final int EXIT = 137;
  private final String point;
  private final int after;
  private final IntConsumer halt;
  private int passed;

  FaultHook(String spec, IntConsumer halt) {
    this.halt = halt;
    if (spec == null || spec.isBlank()) {
      this.point = null;
      this.after = 0;
      return;
    }
    int colon = spec.indexOf(':');
    try {
      this.point = spec.substring(0, colon).strip();
      this.after = Integer.parseInt(spec.substring(colon + 1).strip());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(PROPERTY + " must be point:count, e.g. stored:2, not \"" + spec + "\"", e);
    }
    if (after < 1) {
      throw new IllegalArgumentException(PROPERTY + ": the count must be 1 or more, not " + after);
    }
  }

  /** The hook the system property asks for; one that does nothing when it is not set. */
  public static FaultHook fromSystemProperty() {
    return new FaultHook(System.getProperty(PROPERTY), status -> Runtime.getRuntime().halt(status));
  }

  /** Counts a pass of {@code name}; halts the process when it is the pass the property names. */
  public void pass(String name) {
    if (point == null || !point.equals(name) || ++passed != after) {
      return;
    }
    System.err.println("tidings: halted at " + name + ":" + after + " (test hook " + PROPERTY + ")");
    System.err.flush();
    halt.accept(EXIT);
  }
}
