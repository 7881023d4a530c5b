package org.tidings.cli;

import java.util.Map;
import java.util.TreeMap;

/** What an ingest run did: articles read, coded and stored, already stored, failed by reason. */
final class IngestTally {
  private int read;
  private int coded;
  private int alreadyStored;
  private int failed;
  private int notStored;
  private final Map<String, Integer> reasons = new TreeMap<>();

  void read(int n) {
    read += n;
  }

  void coded() {
    coded++;
  }

  void alreadyStored() {
    alreadyStored++;
  }

  void failed(String reason) {
    failed++;
    reasons.merge(reason, 1, Integer::sum);
  }

  /** An article coded but not written because the store refused it. */
  void notStored() {
    notStored++;
    reasons.merge("store_error", 1, Integer::sum);
  }

  int notStoredCount() {
    return notStored;
  }

  /** Articles of this run written to the store: coded, or recorded as failed. */
  int stored() {
    return coded + failed;
  }

  int failedCount() {
    return failed;
  }

  /** One line for people, e.g. {@code read 12, coded 9, already stored 2, failed 1 (not_english 1)}. */
  String summary() {
    StringBuilder sb = new StringBuilder("read " + read + ", coded " + coded + ", already stored " + alreadyStored
        + ", failed " + (failed + notStored));
    if (!reasons.isEmpty()) {
      sb.append(" (");
      reasons.forEach((reason, n) -> sb.append(sb.charAt(sb.length() - 1) == '(' ? "" : ", ").append(reason)
          .append(' ').append(n));
      sb.append(')');
    }
    return sb.toString();
  }
}
