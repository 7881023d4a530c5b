package org.tidings.core.model;

import java.util.List;

/**
 * What an article is about: its focus country, where it was filed from, and every country and
 * place it names, most named first.
 *
 * @param country ISO3, or null when the article names no country
 * @param dateline the place of its dateline, or null
 * @param countries the countries whose places (the country itself, its towns, regions and seats
 *     of power) the text names, with how often
 * @param places the places the text names, with where
 */
public record Focus(String country, Place dateline, List<FocusCountry> countries, List<FocusPlace> places) {
  public Focus {
    countries = List.copyOf(countries);
    places = List.copyOf(places);
  }

  /** A focus known only by its country and dateline. */
  public Focus(String country, Place dateline) {
    this(country, dateline, List.of(), List.of());
  }
}
