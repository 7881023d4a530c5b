package org.tidings.core.model;

/**
 * A place in the world named by the text.
 *
 * @param country ISO3 of the country it lies in
 * @param lat latitude, or null for places without a point (a border, a country's region)
 * @param span where the text names it, or null when inferred
 */
public record Place(String name, String country, Double lat, Double lon, Span span) {}
