package org.tidings.store.search;

import java.util.List;

/**
 * One page of search hits, best first.
 *
 * @param total how many documents match in all: exact up to {@value SearchIndex#MAX_DEPTH}; beyond, at least that many
 */
public record SearchResults(long total, List<SearchHit> hits) {}
