package org.tidings.cli.badinput;

import java.util.Locale;
import java.util.Objects;

/**
 * What {@code tidings ingest} must make of one case of the corpus.
 *
 * @param outcome the class of outcome
 * @param code the reason code of a failure, or the warning a stored article must carry; null otherwise
 */
public record Expected(Outcome outcome, String code) {

  /** The classes of outcome. */
  public enum Outcome {
    /** Stored, coded, with no error at all. */
    STORED,
    /** Stored and coded, with a warning (an {@code errors} entry) of the given code among its errors. */
    WARNED,
    /** Stored as a failed article whose first failure row has the given reason code. */
    FAILED,
    /** The same content as an earlier case: counted as already stored, no row of its own. */
    DUPLICATE,
    /** The file holds no article (an empty feed, an empty JSONL file): nothing to store. */
    NONE
  }

  public Expected {
    Objects.requireNonNull(outcome, "outcome");
    if ((outcome == Outcome.WARNED || outcome == Outcome.FAILED) != (code != null)) {
      throw new IllegalArgumentException(outcome + " needs a code exactly when it is WARNED or FAILED: " + code);
    }
  }

  public static Expected stored() {
    return new Expected(Outcome.STORED, null);
  }

  public static Expected warned(String code) {
    return new Expected(Outcome.WARNED, code);
  }

  public static Expected failed(String code) {
    return new Expected(Outcome.FAILED, code);
  }

  public static Expected duplicate() {
    return new Expected(Outcome.DUPLICATE, null);
  }

  public static Expected none() {
    return new Expected(Outcome.NONE, null);
  }

  /** Reads the form of the fixtures' manifest: {@code stored}, {@code warned:CODE}, {@code failed:CODE}, ... */
  public static Expected parse(String s) {
    int colon = s.indexOf(':');
    Outcome o = Outcome.valueOf((colon < 0 ? s : s.substring(0, colon)).strip().toUpperCase(Locale.ROOT));
    return new Expected(o, colon < 0 ? null : s.substring(colon + 1).strip());
  }

  /** True when a store row is expected (stored, warned or failed). */
  public boolean hasRow() {
    return outcome == Outcome.STORED || outcome == Outcome.WARNED || outcome == Outcome.FAILED;
  }

  @Override
  public String toString() {
    return code == null ? outcome.name().toLowerCase(Locale.ROOT)
        : outcome.name().toLowerCase(Locale.ROOT) + ":" + code;
  }
}
