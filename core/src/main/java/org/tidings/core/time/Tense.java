package org.tidings.core.time;

/** Which way a relative expression points: the clause's tense, or a modifier such as "next". */
public enum Tense {
  PAST, PRESENT, FUTURE
}
