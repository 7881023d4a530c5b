package org.tidings.cli.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.tidings.core.json.ArticleReader;
import org.tidings.core.model.Article;

/**
 * Reads an RSS or Atom feed: each item is an article whose text is its title and its content
 * (else its description) as plain text, dated by its publication (else update) date in UTC,
 * identified by its link (else its id), with the feed's title as its source. A date in the future
 * or before 1600 is not taken: the item has none.
 */
public final class FeedArticles {
  private final ArticleReader dates;

  /** A reader that tells dates in the future by the system clock. */
  public FeedArticles() {
    this(new ArticleReader());
  }

  /** A reader that checks publication dates with {@code dates} (see {@link ArticleReader#date}). */
  public FeedArticles(ArticleReader dates) {
    this.dates = dates;
  }

  /** The articles of the feed in {@code bytes}; a file that is not a feed is an {@link IOException}. */
  public List<Article> read(byte[] bytes, String name) throws IOException {
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IllegalArgumentException e) {
      throw new IOException("not an RSS or Atom feed (" + e.getMessage() + ")", e);
    }
    List<Article> out = new ArrayList<>();
    int n = 0;
    for (SyndEntry e : feed.getEntries()) {
      n++;
      String title = e.getTitle() == null ? "" : e.getTitle().strip();
      String body = HtmlArticles.plainText(body(e));
      String text = title.isEmpty() ? body : body.isEmpty() ? title : title + "\n\n" + body;
      String id = first(e.getLink(), e.getUri(), name + ":" + n);
      out.add(new Article(id, day(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate()),
          title.isEmpty() ? null : title, e.getLink(), feed.getTitle(), text));
    }
    return out;
  }

  private static String body(SyndEntry e) {
    StringBuilder sb = new StringBuilder();
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null) {
        sb.append(c.getValue()).append('\n');
      }
    }
    if (sb.toString().isBlank() && e.getDescription() != null && e.getDescription().getValue() != null) {
      sb.append(e.getDescription().getValue());
    }
    return sb.toString();
  }

  private LocalDate day(Date d) {
    if (d == null) {
      return null;
    }
    try {
      return dates.date(d.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString());
    } catch (IllegalArgumentException | DateTimeException e) {
      return null;
    }
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
