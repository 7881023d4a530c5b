package org.tidings.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.core.json.ArticleReader;
import org.tidings.core.model.Article;

class FeedArticlesTest {
  private final FeedArticles feeds = new FeedArticles();

  @Test
  void eachRssItemIsAnArticle() throws Exception {
    String rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Example Feed</title><link>https://example.org</link>
        <description>Invented news</description>
        <item><title>Finland hosts talks</title><link>https://example.org/1</link>
        <pubDate>Tue, 05 Apr 2022 23:30:00 -0300</pubDate>
        <description>&lt;p&gt;Finland's president met Estonia's prime minister in Helsinki.&lt;/p&gt;</description></item>
        <item><title>Denmark protests</title><guid>tag:example.org,2022:2</guid>
        <description>Denmark summoned the ambassador on Wednesday.</description></item>
        </channel></rss>
        """;
    List<Article> items = feeds.read(rss.getBytes(StandardCharsets.UTF_8), "feed.rss");
    assertThat(items).hasSize(2);
    Article first = items.get(0);
    assertThat(first.id()).isEqualTo("https://example.org/1");
    assertThat(first.url()).isEqualTo("https://example.org/1");
    assertThat(first.title()).isEqualTo("Finland hosts talks");
    assertThat(first.source()).isEqualTo("Example Feed");
    assertThat(first.date()).isEqualTo(LocalDate.of(2022, 4, 6));
    assertThat(first.text()).isEqualTo("Finland hosts talks\n\nFinland's president met Estonia's prime minister in "
        + "Helsinki.");
    assertThat(items.get(1).id()).isEqualTo("tag:example.org,2022:2");
    assertThat(items.get(1).date()).isNull();
  }

  @Test
  void anItemDatedInTheFutureHasNoDate() throws Exception {
    FeedArticles dated = new FeedArticles(new ArticleReader(Clock.fixed(Instant.parse("2024-05-10T12:00:00Z"),
        ZoneOffset.UTC)));
    String rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Example Feed</title>
        <item><title>Ahead</title><link>https://example.org/1</link><pubDate>Sat, 01 Jan 2150 10:00:00 GMT</pubDate>
        <description>Talks began.</description></item>
        <item><title>Tomorrow</title><link>https://example.org/2</link><pubDate>Sat, 11 May 2024 10:00:00 GMT</pubDate>
        <description>Talks began.</description></item>
        </channel></rss>
        """;
    List<Article> items = dated.read(rss.getBytes(StandardCharsets.UTF_8), "feed.rss");
    assertThat(items).extracting(Article::date).containsExactly(null, LocalDate.of(2024, 5, 11));
  }

  @Test
  void anAtomEntryUsesItsContent() throws Exception {
    String atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Example</title><id>urn:example:feed</id>
        <updated>2022-05-02T10:00:00Z</updated>
        <entry><title>Ports reopen</title><id>urn:example:1</id><link href="https://example.org/ports"/>
        <updated>2022-05-02T10:00:00Z</updated><published>2022-05-01T08:00:00Z</published>
        <summary>Short summary.</summary>
        <content type="html">&lt;p&gt;Greece reopened two ports on Sunday.&lt;/p&gt;</content></entry></feed>
        """;
    Article a = feeds.read(atom.getBytes(StandardCharsets.UTF_8), "f.atom").get(0);
    assertThat(a.id()).isEqualTo("https://example.org/ports");
    assertThat(a.date()).isEqualTo(LocalDate.of(2022, 5, 1));
    assertThat(a.source()).isEqualTo("Atom Example");
    assertThat(a.text()).isEqualTo("Ports reopen\n\nGreece reopened two ports on Sunday.");
  }

  @Test
  void aFileThatIsNotAFeedIsRefusedWithAReason() {
    assertThatThrownBy(() -> feeds.read("<project><name>x</name></project>".getBytes(StandardCharsets.UTF_8), "p.xml"))
        .isInstanceOf(IOException.class).hasMessageContaining("not an RSS or Atom feed");
  }
}
