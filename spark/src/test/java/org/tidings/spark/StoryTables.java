package org.tidings.spark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tidings.core.model.CodedArticle;
import org.tidings.store.Page;
import org.tidings.store.Store;
import org.tidings.store.Story;
import org.tidings.store.StoryEvidence;

/**
 * The story tables in a form both paths can give: every story, and every link as
 * {@code [story id, article id, event id]} (article keys differ: the store numbers articles, Spark
 * hashes them).
 */
record StoryTables(Set<Story> stories, Set<List<String>> links) {

  /** The stories the embedded store builds from these coded articles. */
  static StoryTables ofStore(Path file, List<CodedArticle> coded) {
    Set<Story> stories = new HashSet<>();
    Set<List<String>> links = new HashSet<>();
    try (Store s = Store.open(file)) {
      coded.forEach(s.writer()::store);
      s.stories().rebuild();
      for (long offset = 0; ; offset += Page.MAX_LIMIT) {
        List<Story> page = s.stories().find(1, new Page(Page.MAX_LIMIT, offset));
        for (Story st : page) {
          stories.add(st);
          for (StoryEvidence e : s.stories().evidence(st.id())) {
            links.add(List.of(st.id(), e.articleId(), e.eventId()));
          }
        }
        if (page.size() < Page.MAX_LIMIT) {
          break;
        }
      }
    }
    return new StoryTables(stories, links);
  }

  /** The stories of the Spark job, with the articles table to name the articles. */
  static StoryTables ofSpark(Dataset<Row> stories, Dataset<Row> storyEvents, Dataset<Row> articles) {
    Set<Story> out = new HashSet<>();
    for (Row r : stories.collectAsList()) {
      out.add(new Story(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.<LocalDate>getAs(4),
          r.<LocalDate>getAs(5), r.getInt(6), r.getInt(7), r.getInt(8)));
    }
    Set<List<String>> links = new HashSet<>();
    for (Row r : storyEvents.join(articles, "article_key").select("story_id", "article_id", "event_id")
        .collectAsList()) {
      links.add(List.of(r.getString(0), r.getString(1), r.getString(2)));
    }
    return new StoryTables(out, links);
  }
}
