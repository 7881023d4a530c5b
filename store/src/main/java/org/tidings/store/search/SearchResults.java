package org.tidings.store.search;

import java.util.List;

/**
 * One page of search hits, best first.
 *
 * @param total how many documents match in all (exact up to {@code 10,000}, at least that many beyond)
 */
public record SearchResults(long total, List<SearchHit> hits) {}
