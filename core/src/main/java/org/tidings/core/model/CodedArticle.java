package org.tidings.core.model;

import java.util.List;

/**
 * The coding of one article: everything Tidings found in it, and what went wrong.
 *
 * @param focus the countries the article is about and its dateline, or null when it was not coded
 */
public record CodedArticle(
    Article article,
    List<EventMention> events,
    List<Quote> quotes,
    List<ActorMention> mentions,
    List<TimeMention> times,
    List<ArticleError> errors,
    Provenance provenance,
    Focus focus) {

  public static CodedArticle failed(Article article, ArticleError error, Provenance provenance) {
    return new CodedArticle(article, List.of(), List.of(), List.of(), List.of(), List.of(error), provenance, null);
  }
}
