package org.tidings.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds story events (built by {@link Stories#rebuild()}) with the event filters that apply to a
 * story: actor, source, target, dyad, cameo, from and to (a story's days are its first to its
 * last). Parameterised SQL only.
 */
public final class StoryReader {
  /** The filters of {@link EventFilter#NAMES} that apply to stories. */
  public static final List<String> FILTERS = List.of("actor", "source", "target", "dyad", "cameo", "from", "to");
  private static final String FROM = "(SELECT *, first_day AS date_from, last_day AS date_to FROM stories) e";
  private final Connection connection;

  StoryReader(Connection connection) {
    this.connection = connection;
  }

  /** One page of the stories that pass {@code filter} with at least {@code minArticles} articles, most reported first. */
  public List<Story> find(EventFilter filter, int minArticles, Page page) {
    EventWhere where = where(filter);
    List<Object> params = new ArrayList<>(where.params());
    params.addAll(List.of(minArticles, page.limit(), page.offset()));
    List<Story> out = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement("SELECT story_id, source_code, target_code, cameo, "
        + "CAST(first_day AS VARCHAR), CAST(last_day AS VARCHAR), mention_count, article_count, source_count FROM "
        + FROM + " WHERE " + where.sql() + " AND article_count >= ? "
        + "ORDER BY article_count DESC, mention_count DESC, first_day, story_id LIMIT ? OFFSET ?")) {
      Sql.bind(p, params);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new Story(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
              LocalDate.parse(r.getString(5)), LocalDate.parse(r.getString(6)), r.getInt(7), r.getInt(8), r.getInt(9)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read stories: " + e.getMessage(), e);
    }
    return out;
  }

  /** How many stories pass {@code filter} with at least {@code minArticles} articles. */
  public long count(EventFilter filter, int minArticles) {
    EventWhere where = where(filter);
    List<Object> params = new ArrayList<>(where.params());
    params.add(minArticles);
    try (PreparedStatement p = connection.prepareStatement("SELECT count(*) FROM " + FROM + " WHERE " + where.sql()
        + " AND article_count >= ?")) {
      Sql.bind(p, params);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot count stories: " + e.getMessage(), e);
    }
  }

  private static EventWhere where(EventFilter f) {
    if (f.plover() != null || f.quadClass() != null || f.country() != null || f.place() != null
        || f.mode() != null) {
      throw new IllegalArgumentException("stories can be filtered by " + String.join(", ", FILTERS) + " only");
    }
    return EventWhere.of(f);
  }
}
