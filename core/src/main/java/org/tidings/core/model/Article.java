package org.tidings.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from input: an id, its text and what is known of its publication.
 *
 * @param date publication date, or null when unknown
 */
public record Article(String id, LocalDate date, String title, String url, String source, String text) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  public static Article of(String id, LocalDate date, String text) {
    return new Article(id, date, null, null, null, text);
  }
}
