package org.tidings.store;

/**
 * Events from one actor code to another among those that pass a filter.
 *
 * @param cooperation events of quad class 1 or 2
 * @param conflict events of quad class 3 or 4
 * @param meanGoldstein the mean Goldstein score of the events, rounded to 0.001
 */
public record NetworkEdge(String source, String sourceName, String sourceCountry, String target, String targetName,
    String targetCountry, long events, long cooperation, long conflict, double meanGoldstein) {}
