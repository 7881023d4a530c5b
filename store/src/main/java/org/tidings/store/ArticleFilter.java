package org.tidings.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What stored articles to list. Every field is optional (null: any): {@code from} and {@code to}
 * bound the publication date (inclusive), {@code source} is the publisher's name (exact, case
 * ignored), {@code status} is {@code ok} or {@code failed}. A bad value is an
 * {@link IllegalArgumentException} whose message says what is wrong.
 */
public record ArticleFilter(LocalDate from, LocalDate to, String source, String status) {
  /** The filter names {@link #parse} accepts. */
  public static final List<String> NAMES = List.of("from", "to", "source", "status");
  public static final ArticleFilter ALL = new ArticleFilter(null, null, null, null);

  public ArticleFilter {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
    }
    if (source != null && (source.isBlank() || source.length() > 200
        || source.chars().anyMatch(Character::isISOControl))) {
      throw new IllegalArgumentException("source must be a publisher name of 1 to 200 characters");
    }
    if (status != null && !status.equals("ok") && !status.equals("failed")) {
      String shown = status.length() > 40 ? status.substring(0, 40) + "..." : status;
      throw new IllegalArgumentException("status must be ok or failed, not \"" + shown + "\"");
    }
  }

  /** A filter from text parameters; an unknown name or a bad value is refused. */
  public static ArticleFilter parse(Map<String, String> params) {
    for (String name : params.keySet()) {
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException("unknown filter \"" + name + "\"; filters are " + String.join(", ", NAMES));
      }
    }
    String status = params.get("status");
    return new ArticleFilter(EventFilter.date("from", params.get("from")), EventFilter.date("to", params.get("to")),
        params.get("source"), status == null ? null : status.strip());
  }
}
