package org.tidings.core.place;

import java.util.Optional;

/**
 * What an article is about: its dateline, if any, and the country it is mostly about (the
 * dateline's country, else the country its actors and places name most).
 *
 * @param country ISO3, or null when the article names no country
 */
public record ArticleFocus(Optional<Dateline> dateline, String country) {
  public static final ArticleFocus NONE = new ArticleFocus(Optional.empty(), null);
}
