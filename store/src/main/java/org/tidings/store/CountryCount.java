package org.tidings.store;

/**
 * A country with the events that pass a filter.
 *
 * @param country an ISO 3166 alpha-3 code
 * @param atPlace events whose place is in the country
 * @param inFocus events of articles whose focus is the country
 */
public record CountryCount(String country, long atPlace, long inFocus) {}
