package org.tidings.core.knowledge;

import java.util.List;

/**
 * A place Tidings can locate events at.
 *
 * @param kind {@code capital}, {@code city}, {@code region}, {@code territory}, {@code landmark},
 *     {@code water} or {@code country}
 * @param lat null when the place has no single point
 * @param region the first-level region (state, province) it lies in, or null when not known
 */
public record GazetteerEntry(String name, List<String> aliases, String country, String kind, Double lat, Double lon,
    long population, String region) {}
