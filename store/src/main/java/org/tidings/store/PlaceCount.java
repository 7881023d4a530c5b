package org.tidings.store;

/**
 * A place where events that pass a filter happened, with how many.
 *
 * @param conflict events of quad class 3 or 4 among them
 * @param meanGoldstein their mean Goldstein score, rounded to 0.001
 */
public record PlaceCount(String name, String country, double lat, double lon, long events, long conflict,
    double meanGoldstein) {}
