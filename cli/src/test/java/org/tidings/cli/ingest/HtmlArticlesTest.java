package org.tidings.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.core.json.ArticleReader;
import org.tidings.core.model.Article;

class HtmlArticlesTest {
  private final HtmlArticles html = new HtmlArticles();

  @Test
  void readsTheMainTextAndTheMetadataOfAPage() throws Exception {
    String page = """
        <!doctype html><html><head><title>Page title | Example Herald</title>
        <meta property="og:title" content="Ministers meet in Oslo">
        <meta property="og:site_name" content="Example Herald">
        <meta property="og:url" content="https://example.org/oslo">
        <meta property="article:published_time" content="2022-04-05T09:30:00+02:00">
        <script>var said = "the minister said";</script><style>p { color: red }</style></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <header><p>Subscribe today</p></header>
        <article><h1>Ministers meet in Oslo</h1>
        <p>Norway&#39;s foreign minister met the Swedish foreign minister in Oslo on Tuesday.</p>
        <p>The two ministers agreed to hold further talks, a spokesman said.</p>
        <aside><p>Read more: other stories</p></aside></article>
        <footer><p>All rights reserved</p></footer></body></html>
        """;
    Article a = html.read(page.getBytes(StandardCharsets.UTF_8), "oslo", null);
    assertThat(a.id()).isEqualTo("oslo");
    assertThat(a.title()).isEqualTo("Ministers meet in Oslo");
    assertThat(a.source()).isEqualTo("Example Herald");
    assertThat(a.url()).isEqualTo("https://example.org/oslo");
    assertThat(a.date()).isEqualTo(LocalDate.of(2022, 4, 5));
    assertThat(a.text()).isEqualTo("Norway's foreign minister met the Swedish foreign minister in Oslo on Tuesday.\n\n"
        + "The two ministers agreed to hold further talks, a spokesman said.");
  }

  @Test
  void aPageWithoutMetadataFallsBackToItsTitleTheGivenDateAndItsBody() throws Exception {
    String page = "<html><head><title>Harbour closed</title></head><body>"
        + "<div>The port authority closed the harbour on Friday after a storm.</div></body></html>";
    Article a = html.read(page.getBytes(StandardCharsets.UTF_8), "harbour", LocalDate.of(2023, 1, 6));
    assertThat(a.title()).isEqualTo("Harbour closed");
    assertThat(a.source()).isNull();
    assertThat(a.date()).isEqualTo(LocalDate.of(2023, 1, 6));
    assertThat(a.text()).isEqualTo("The port authority closed the harbour on Friday after a storm.");
  }

  @Test
  void theCharsetOfThePageIsHonoured() throws Exception {
    String page = "<html><head><meta charset=\"ISO-8859-1\"></head><body><p>Caf\u00e9 owners in Malm\u00f6 protested."
        + "</p></body></html>";
    Article a = html.read(page.getBytes(StandardCharsets.ISO_8859_1), "cafe", null);
    assertThat(a.text()).isEqualTo("Caf\u00e9 owners in Malm\u00f6 protested.");
  }

  @Test
  void anEmptyArticleOrMainElementIsPassedOver() throws Exception {
    String page = "<body><article> </article><main></main><div><p>The port authority closed the harbour.</p></div></body>";
    assertThat(html.read(page.getBytes(StandardCharsets.UTF_8), "p", null).text())
        .isEqualTo("The port authority closed the harbour.");
    String second = "<body><article><p> </p></article><article><p>Talks began in Oslo.</p></article></body>";
    assertThat(html.read(second.getBytes(StandardCharsets.UTF_8), "p", null).text()).isEqualTo("Talks began in Oslo.");
  }

  @Test
  void aMetaCharsetOfUtf16OnAnAsciiPageIsReadAsUtf8() throws Exception {
    String page = "<html><head><meta charset=\"utf-16\"></head><body><p>Caf\u00e9 owners protested.</p></body></html>";
    assertThat(html.read(page.getBytes(StandardCharsets.UTF_8), "p", null).text()).isEqualTo("Caf\u00e9 owners protested.");
    byte[] wide = ("\uFEFF" + page).getBytes(StandardCharsets.UTF_16LE);
    assertThat(html.read(wide, "p", null).text()).isEqualTo("Caf\u00e9 owners protested.");
  }

  @Test
  void aDateInTheFutureOrLongAgoIsNotTaken() throws Exception {
    HtmlArticles dated = new HtmlArticles(new ArticleReader(Clock.fixed(Instant.parse("2024-05-10T12:00:00Z"),
        ZoneOffset.UTC)));
    LocalDate fallback = LocalDate.of(2024, 5, 1);
    for (String when : List.of("2150-01-01", "2024-05-12T08:00:00Z", "0001-01-01", "soon")) {
      String page = "<head><meta property=\"article:published_time\" content=\"" + when + "\"></head><p>Talks.</p>";
      assertThat(dated.read(page.getBytes(StandardCharsets.UTF_8), "p", fallback).date()).as(when).isEqualTo(fallback);
    }
    String tomorrow = "<head><meta property=\"article:published_time\" content=\"2024-05-11\"></head><p>Talks.</p>";
    assertThat(dated.read(tomorrow.getBytes(StandardCharsets.UTF_8), "p", fallback).date())
        .isEqualTo(LocalDate.of(2024, 5, 11));
  }

  @Test
  void fragmentsBecomeParagraphs() {
    assertThat(HtmlArticles.plainText("<p>One sentence.</p><p>Another <b>one</b>.</p>"))
        .isEqualTo("One sentence.\n\nAnother one.");
    assertThat(HtmlArticles.plainText("Just words.")).isEqualTo("Just words.");
  }
}
