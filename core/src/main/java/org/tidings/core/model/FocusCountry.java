package org.tidings.core.model;

/**
 * A country an article names, with the number of times it names a place in it.
 *
 * @param country ISO3
 */
public record FocusCountry(String country, int mentions) {}
