package org.tidings.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Story events, merged across articles in SQL and rebuilt on demand ({@link #rebuild}, which
 * {@code tidings ingest} calls after each run). Events take part when they are dated to a day and
 * their mode is not negated, denied or hypothetical. Within one source code, target code and
 * CAMEO code, events are ordered by day; an event joins the story of the one before it when both
 * dates come from the text and fall on the same day, or when either date was inferred (publication
 * date) and they are at most a day apart. A story's id is a hash of its key and first day, so it
 * stays the same across rebuilds while no earlier event joins it.
 */
public final class Stories {
  private static final String LINK = """
      INSERT INTO story_events (story_id, article_key, event_id)
      WITH dated AS (
        SELECT article_key, event_id, source_code, coalesce(target_code, '') AS target_key, cameo,
               date_from AS day, date_basis = 'text' AS exact
        FROM events
        WHERE date_from IS NOT NULL AND date_from = date_to AND mode NOT IN ('negated', 'denied', 'hypothetical')
      ), ordered AS (
        SELECT *, lag(day) OVER w AS prev_day, lag(exact) OVER w AS prev_exact
        FROM dated
        WINDOW w AS (PARTITION BY source_code, target_key, cameo ORDER BY day, exact DESC, article_key, event_id)
      ), marked AS (
        SELECT *, CASE WHEN prev_day IS NULL THEN 1
                       WHEN date_diff('day', prev_day, day) <= CASE WHEN exact AND prev_exact THEN 0 ELSE 1 END THEN 0
                       ELSE 1 END AS starts
        FROM ordered
      ), numbered AS (
        SELECT *, sum(starts) OVER (PARTITION BY source_code, target_key, cameo
                                    ORDER BY day, exact DESC, article_key, event_id
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS story_no
        FROM marked
      )
      SELECT md5(source_code || '|' || target_key || '|' || cameo || '|'
                 || CAST(min(day) OVER (PARTITION BY source_code, target_key, cameo, story_no) AS VARCHAR)),
             article_key, event_id
      FROM numbered
      """;
  private static final String SUM = """
      INSERT INTO stories
      SELECT s.story_id, any_value(e.source_code), any_value(e.target_code), any_value(e.cameo),
             min(e.date_from), max(e.date_from), count(*), count(DISTINCT e.article_key), count(DISTINCT a.source)
      FROM story_events s
      JOIN events e ON e.article_key = s.article_key AND e.event_id = s.event_id
      JOIN articles a ON a.article_key = s.article_key
      GROUP BY s.story_id
      """;
  private final Connection connection;
  private final Path file;
  private final FaultHook faults;

  Stories(Connection connection) {
    this(connection, null, new FaultHook(null, status -> { }));
  }

  Stories(Connection connection, Path file, FaultHook faults) {
    this.connection = connection;
    this.file = file;
    this.faults = faults;
  }

  /**
   * Rebuilds every story from the stored events in one transaction; returns how many there are.
   * Stopped part way, the stories stay as they were.
   */
  public int rebuild() {
    try {
      return Transaction.run(connection, () -> {
        try (Statement s = connection.createStatement()) {
          s.execute("DELETE FROM story_events");
          s.execute("DELETE FROM stories");
          s.execute(LINK);
          int n = s.executeUpdate(SUM);
          faults.pass("stories");
          return n;
        }
      });
    } catch (SQLException e) {
      throw StoreException.writing("cannot rebuild stories", file, e);
    }
  }

  /** Stories reported by at least {@code minArticles} articles, most reported first. */
  public List<Story> find(int minArticles, Page page) {
    return new StoryReader(connection).find(EventFilter.ALL, minArticles, page);
  }

  /** Every mention of a story: article and event ids with the sentence. */
  public List<StoryEvidence> evidence(String storyId) {
    List<StoryEvidence> out = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement("SELECT s.article_key, a.article_id, s.event_id, "
        + "e.evidence_text FROM story_events s JOIN articles a ON a.article_key = s.article_key "
        + "JOIN events e ON e.article_key = s.article_key AND e.event_id = s.event_id "
        + "WHERE s.story_id = ? ORDER BY s.article_key, s.event_id")) {
      p.setString(1, storyId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new StoryEvidence(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the evidence of story " + storyId + ": " + e.getMessage(), e);
    }
    return out;
  }
}
