package org.tidings.store;

/**
 * One page of results.
 *
 * @param limit rows on the page, 1 to {@value #MAX_LIMIT}
 * @param offset rows skipped before it
 */
public record Page(int limit, long offset) {
  public static final int MAX_LIMIT = 1000;

  public Page {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be 0 or more, not " + offset);
    }
  }

  public static Page first(int limit) {
    return new Page(limit, 0);
  }
}
