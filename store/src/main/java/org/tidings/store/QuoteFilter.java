package org.tidings.store;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What quotes to list: {@code speaker} an actor code prefix of the speaker ({@code FRA},
 * {@code FRAGOV}), {@code article} an article id (exact). Null: any.
 */
public record QuoteFilter(String speaker, String article) {
  /** The filter names {@link #parse} accepts. */
  public static final List<String> NAMES = List.of("speaker", "article");
  public static final QuoteFilter ALL = new QuoteFilter(null, null);
  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,15}");

  public QuoteFilter {
    if (speaker != null && !CODE.matcher(speaker).matches()) {
      String shown = speaker.length() > 40 ? speaker.substring(0, 40) + "..." : speaker;
      throw new IllegalArgumentException("speaker must be an actor code such as FRA or FRAGOV, not \"" + shown + "\"");
    }
    if (article != null && (article.isBlank() || article.length() > 300
        || article.chars().anyMatch(Character::isISOControl))) {
      throw new IllegalArgumentException("article must be an article id of 1 to 300 characters");
    }
  }

  /** A filter from text parameters; an unknown name or a bad value is refused. */
  public static QuoteFilter parse(Map<String, String> params) {
    for (String name : params.keySet()) {
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException("unknown filter \"" + name + "\"; filters are " + String.join(", ", NAMES));
      }
    }
    String speaker = params.get("speaker");
    return new QuoteFilter(speaker == null ? null : speaker.strip().toUpperCase(Locale.ROOT), params.get("article"));
  }
}
