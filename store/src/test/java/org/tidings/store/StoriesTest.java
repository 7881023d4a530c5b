package org.tidings.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.core.model.DateBasis;
import org.tidings.core.model.Mode;

class StoriesTest {
  @TempDir
  Path dir;

  @Test
  void theSameEventFromSeveralArticlesIsOneStory() {
    try (Store s = Store.open(dir.resolve("t.db"))) {
      ArticleWriter w = s.writer();
      // one shelling on 7 February: two wires give the text's date, a third only its publication date (8 February)
      w.store(Fixtures.shelling("a", "Wire A", "2022-02-07", DateBasis.TEXT, "195", Mode.ASSERTED));
      w.store(Fixtures.shelling("b", "Wire B", "2022-02-07", DateBasis.TEXT, "195", Mode.REPORTED));
      w.store(Fixtures.shelling("c", "Wire B", "2022-02-08", DateBasis.PUBLICATION, "195", Mode.ASSERTED));
      // another shelling the text dates to 10 February: a story of its own
      w.store(Fixtures.shelling("d", "Wire A", "2022-02-10", DateBasis.TEXT, "195", Mode.ASSERTED));
      // the same day, another CAMEO code: another story
      w.store(Fixtures.shelling("e", "Wire C", "2022-02-07", DateBasis.TEXT, "190", Mode.ASSERTED));
      // a denial that it happened takes no part
      w.store(Fixtures.shelling("f", "Wire C", "2022-02-07", DateBasis.TEXT, "195", Mode.DENIED));

      assertThat(s.stories().rebuild()).isEqualTo(3);
      List<Story> stories = s.stories().find(1, Page.first(10));
      Story top = stories.get(0);
      assertThat(List.of(top.sourceCode(), top.targetCode(), top.cameo())).containsExactly("RUSMIL", "UKR", "195");
      assertThat(top.firstDay()).hasToString("2022-02-07");
      assertThat(top.lastDay()).hasToString("2022-02-08");
      assertThat(List.of(top.mentions(), top.articles(), top.sources())).containsExactly(3, 3, 2);
      assertThat(s.stories().evidence(top.id())).extracting(StoryEvidence::articleId).containsExactly("a", "b", "c");
      assertThat(s.stories().evidence(top.id())).extracting(StoryEvidence::eventId)
          .containsExactly("a:0", "b:0", "c:0");
      assertThat(s.stories().find(2, Page.first(10))).hasSize(1);
      assertThat(stories).extracting(Story::articles).containsExactly(3, 1, 1);

      // a rebuild gives the same stories with the same ids
      assertThat(s.stories().rebuild()).isEqualTo(3);
      assertThat(s.stories().find(1, Page.first(10))).isEqualTo(stories);
    }
  }

  @Test
  void twoTextDatesADayApartAreTwoStories() {
    try (Store s = Store.open(dir.resolve("t.db"))) {
      s.writer().store(Fixtures.shelling("a", "Wire A", "2022-02-07", DateBasis.TEXT, "195", Mode.ASSERTED));
      s.writer().store(Fixtures.shelling("b", "Wire B", "2022-02-08", DateBasis.TEXT, "195", Mode.ASSERTED));
      // a month-precision date takes no part
      s.writer().store(Fixtures.shelling("c", "Wire B", "2022-02", DateBasis.TEXT, "195", Mode.ASSERTED));
      assertThat(s.stories().rebuild()).isEqualTo(2);
      assertThat(s.stories().find(1, Page.first(10))).extracting(Story::articles).containsExactly(1, 1);
    }
  }
}
