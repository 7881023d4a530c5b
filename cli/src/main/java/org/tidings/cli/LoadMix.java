package org.tidings.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.tidings.core.model.Article;

/**
 * The requests of the load test, drawn at random in fixed shares: article submissions, new ones
 * (paragraphs of one of the pool's articles in a new order, so each is coded) and as many again
 * of ones already stored (answered from the store); full-text searches up to 60 in 100 requests;
 * event, timeline, story, article and quote reads for the rest.
 */
final class LoadMix {
  /** One request: its kind for the report, a GET path and query, or a POST body. */
  record Request(String kind, String pathAndQuery, String body) {}

  static final String NEW = "post new";

  static final List<String> SEARCHES = List.of("Kyiv", "\"Russian president\"", "actor:FRA", "actor:UKR AND talks",
      "type:consult", "kind:quote AND security", "country:UKR", "text:sanctions OR text:troops",
      "date:[2022-01-01 TO 2022-12-31] AND Kremlin", "title:talks", "speaker:FRA*", "NOT kind:event AND Moscow");
  static final List<String> READS = List.of("/api/events", "/api/events?actor=FRA", "/api/events?dyad=FRA:UKR",
      "/api/events?cameo=04&mode=asserted", "/api/events?country=UKR&from=2022-01-01", "/api/timeline",
      "/api/timeline?actor=RUS&interval=week", "/api/stories", "/api/articles", "/api/quotes?speaker=FRA");

  private final List<List<String>> paragraphs;
  private final List<LocalDate> dates;
  private final List<String> stored = new ArrayList<>();
  private final AtomicLong made = new AtomicLong();
  private final ObjectMapper json = new ObjectMapper();
  private final int newShare;

  /**
   * @param pool articles whose paragraphs make the submissions
   * @param newPercent the share of requests, in percent, that submit a new article; as many again
   *     submit one already stored
   */
  LoadMix(List<Article> pool, int newPercent) {
    this.paragraphs = pool.stream().map(a -> List.of(a.text().split("\\n\\s*\\n"))).toList();
    this.dates = pool.stream().map(Article::date).toList();
    this.newShare = newPercent;
  }

  /** A new article: three to five paragraphs of one pool article, shuffled, with a fresh id. */
  String newArticle(Random random) {
    int i = random.nextInt(paragraphs.size());
    List<String> ps = new ArrayList<>(paragraphs.get(i));
    Collections.shuffle(ps, random);
    int n = Math.min(ps.size(), 3 + random.nextInt(3));
    ObjectNode a = json.createObjectNode();
    a.put("id", "load-" + made.incrementAndGet());
    a.put("date", dates.get(i).toString());
    a.put("source", "load test");
    a.put("text", String.join("\n\n", ps.subList(0, n)));
    return a.toString();
  }

  /** Remembers a submitted article the server has stored, to be submitted again later. */
  void stored(String body) {
    synchronized (stored) {
      if (stored.size() < 1000) {
        stored.add(body);
      }
    }
  }

  /** A full-text search for {@code q}. */
  static Request search(String q) {
    return new Request("search", "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), null);
  }

  /** The next request of a client. */
  Request next(Random random) {
    int roll = random.nextInt(100);
    if (roll < newShare) {
      return new Request(NEW, "/api/articles", newArticle(random));
    }
    if (roll < 2 * newShare) {
      String again;
      synchronized (stored) {
        again = stored.isEmpty() ? null : stored.get(random.nextInt(stored.size()));
      }
      if (again != null) {
        return new Request("post again", "/api/articles", again);
      }
    }
    if (roll < 60) {
      return search(SEARCHES.get(random.nextInt(SEARCHES.size())));
    }
    String path = READS.get(random.nextInt(READS.size()));
    return new Request(path.substring(5, path.indexOf('?') < 0 ? path.length() : path.indexOf('?')), path, null);
  }
}
