package org.tidings.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tidings.core.model.Article;

/**
 * Properties of reading a news page: any bytes and any markup, broken or not, give an article
 * without an exception; what is hidden from a reader (scripts, styles, form controls, comments,
 * attributes, fallbacks for other media) never reaches its text, and no tag does; no visible
 * words are given twice, however blocks nest.
 */
class HtmlArticlesProperties {
  private static final String HIDDEN = "SECRET";
  private static final Pattern VISIBLE = Pattern.compile("v\\d+");
  private static final Pattern TAG = Pattern.compile("<[a-zA-Z/!?]");
  private final HtmlArticles html = new HtmlArticles();

  @Property(tries = 500)
  void anyBytesGiveAnArticle(@ForAll("bytes") byte[] page) throws IOException {
    Article a = html.read(page, "p1", LocalDate.of(2022, 2, 8));
    assertThat(a.text()).isNotNull();
    assertThat(a.id()).isEqualTo("p1");
  }

  @Property
  void anyStringGivesAnArticleAndPlainText(@ForAll("anyText") String page) throws IOException {
    assertThat(html.read(page.getBytes(StandardCharsets.UTF_8), "p1", null).text()).isNotNull();
    assertThat(HtmlArticles.plainText(page)).isNotNull();
  }

  @Property
  void brokenMarkupGivesAnArticle(@ForAll("tagSoup") String page) throws IOException {
    assertThat(html.read(page.getBytes(StandardCharsets.UTF_8), "p1", null).text()).isNotNull();
    assertThat(HtmlArticles.plainText(page)).isNotNull();
  }

  @Property
  void hiddenContentNeverReachesTheTextOfBrokenMarkup(@ForAll("soupAroundHidden") String page) throws IOException {
    Article a = html.read(page.getBytes(StandardCharsets.UTF_8), "p1", null);
    assertThat(a.text()).as(page).doesNotContain(HIDDEN);
    assertThat(HtmlArticles.plainText(page)).as(page).doesNotContain(HIDDEN);
  }

  @Property
  void pagesGiveTheirVisibleWordsOnceAndNothingHidden(@ForAll("pages") String page) throws IOException {
    Article a = html.read(page.getBytes(StandardCharsets.UTF_8), "p1", null);
    for (String text : List.of(a.text(), HtmlArticles.plainText(page))) {
      assertThat(text).as(page).doesNotContain(HIDDEN);
      assertThat(TAG.matcher(text).find()).as("a tag in %s from %s", text, page).isFalse();
      Map<String, Integer> seen = new HashMap<>();
      Matcher m = VISIBLE.matcher(text);
      while (m.find()) {
        seen.merge(m.group(), 1, Integer::sum);
      }
      seen.forEach((word, n) -> assertThat(n).as("%s in %s from %s", word, text, page).isEqualTo(1));
    }
    if (a.title() != null) {
      assertThat(a.title()).doesNotContain(HIDDEN);
    }
  }

  @Example
  void aListItemHoldingAParagraphIsGivenOnce() throws IOException {
    String page = "<article><ul><li><p>Talks resumed in Geneva.</p></li><li>Both sides met again.<ul>"
        + "<li>A statement followed.</li></ul></li></ul></article>";
    assertThat(html.read(page.getBytes(StandardCharsets.UTF_8), "p1", null).text()).isEqualTo(
        "Talks resumed in Geneva.\n\nBoth sides met again.\n\nA statement followed.");
  }

  @Example
  void formControlsMediaFallbacksAndMathAreNotText() throws IOException {
    String page = "<body><div>Talks resumed.<textarea>Your comment</textarea><select><option>Sort by date</select>"
        + "<video>Your browser cannot play this video.</video><math><![CDATA[<script>x</script>]]></math>"
        + "<title>Stray title</title></div></body>";
    assertThat(html.read(page.getBytes(StandardCharsets.UTF_8), "p1", null).text()).isEqualTo("Talks resumed.");
  }

  /** A document of visible words (v1, v2 ...) in blocks nested any way, with hidden parts among them. */
  @Provide
  Arbitrary<String> pages() {
    Arbitrary<String> tree = Arbitraries.recursive(() -> Arbitraries.of("\u00a7", "\u00a7 \u00a7", " "),
        inner -> Arbitraries.oneOf(
            Combinators.combine(Arbitraries.of("p", "div", "li", "blockquote", "h2", "h3", "span", "b", "section",
                "article", "main", "td", "dd", "figcaption"), inner.list().ofMinSize(1).ofMaxSize(3))
                .as((tag, kids) -> "<" + tag + ">" + String.join(" ", kids) + "</" + tag + ">"),
            inner.list().ofMinSize(1).ofMaxSize(3).map(kids -> "<ul>" + kids.stream().map(k -> "<li>" + k + "</li>")
                .reduce("", String::concat) + "</ul>"),
            hidden(), inner), 0, 5);
    return Combinators.combine(tree, hiddenInHead(), Arbitraries.of(true, false)).as((body, head, wrap) -> {
      String page = "<html><head><title>\u00a7</title>" + head + "</head><body>" + (wrap ? "<article>" : "") + body
          + (wrap ? "</article>" : "") + "</body></html>";
      StringBuilder out = new StringBuilder();
      int n = 0;
      for (char c : page.toCharArray()) {
        if (c == '\u00a7') {
          out.append(" v").append(++n).append(' ');
        } else {
          out.append(c);
        }
      }
      return out.toString();
    }).withoutEdgeCases();
  }

  /**
   * Markup whose content a reader never sees, each holding the hidden word and markup-looking
   * text. A paragraph only inside elements that close an open paragraph themselves (nav, aside,
   * form ...): inside an inline one (video, button, noscript) within a paragraph, or inside svg or
   * math, HTML parsing moves a {@code <p>} out, and a browser shows it.
   */
  private static Arbitrary<String> hidden() {
    Arbitrary<String> inside = Arbitraries.of(HIDDEN, HIDDEN + " <p>" + HIDDEN + "</p>", "'" + HIDDEN + "\"",
        "<!-- " + HIDDEN + " -->", "&lt;" + HIDDEN + "&gt;");
    return Combinators.combine(Arbitraries.of("script", "style", "noscript", "template", "nav", "header", "footer",
        "aside", "form", "button", "iframe", "svg", "figure", "textarea", "select", "noembed", "noframes", "object",
        "math", "video"), inside).as((tag, text) -> switch (tag) {
          case "select" -> "<select><option>" + HIDDEN + "</option></select>";
          case "script", "style", "textarea", "noembed", "noframes", "iframe" -> "<" + tag + ">" + text.replace("<", "")
              + " " + HIDDEN + "</" + tag + ">";
          case "svg", "math" -> "<" + tag + " title=\"" + HIDDEN + "\"><desc>" + HIDDEN + "</desc><style>" + HIDDEN
              + "</style>" + HIDDEN + "</" + tag + ">";
          case "nav", "header", "footer", "aside", "form", "figure", "template" -> "<" + tag + " title=\"" + HIDDEN
              + "\">" + text + "</" + tag + ">";
          default -> "<" + tag + " title=\"" + HIDDEN + "\">" + text.replaceAll("</?p>", "") + "</" + tag + ">";
        }).map(s -> s + "<!-- " + HIDDEN + " --><span data-x=\"" + HIDDEN + "\"></span>");
  }

  /** What a page's head may hold that a reader never sees. */
  private static Arbitrary<String> hiddenInHead() {
    return Arbitraries.of("<script>var s = '" + HIDDEN + "';</script>", "<style>p { content: '" + HIDDEN + "' }</style>",
        "<template><p>" + HIDDEN + "</p></template>", "<!-- " + HIDDEN + " -->",
        "<meta name=\"description\" content=\"" + HIDDEN + "\">");
  }

  /**
   * Complete tags opened and closed in any order around hidden parts. Not the half-tags of
   * {@link #tagSoup} ({@code <}, {@code </}, {@code <!}): they make a comment or a tag of what
   * follows, up to the next {@code >}, and what comes after that is visible.
   */
  @Provide
  Arbitrary<String> soupAroundHidden() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of("<p>", "</p>", "<div>", "</div>", "<li>", "<ul>", "</ul>", "<article>", "</article>", "<main>",
            "<table>", "<tr>", "<td>", "<h2>", "<blockquote>", "<b>", "<i>", "<a href='x'>", "</a>", "<br>", "<hr/>",
            "<svg>", "</svg>", "<math>", "</math>", "&amp;", "&#0;", "&", "'", "\"", "=", " ", "\n", "words"),
        Arbitraries.of("<script>" + HIDDEN + "</script>", "<style>p{content:'" + HIDDEN + "'}</style>",
            "<!-- " + HIDDEN + " -->", "<p title=\"" + HIDDEN + "\">", "<textarea>" + HIDDEN + "</textarea>",
            "<noembed>" + HIDDEN + "</noembed>", "<noframes>" + HIDDEN + "</noframes>",
            "<math><![CDATA[" + HIDDEN + "]]></math>", "<svg><script>" + HIDDEN + "</script></svg>",
            "<math><style>" + HIDDEN + "</style></math>", "<select><option>" + HIDDEN + "</select>",
            "<template><a>" + HIDDEN + "</a></template>", "<noscript>" + HIDDEN + "</noscript>",
            "<video>" + HIDDEN + "</video>", "<object>" + HIDDEN + "</object>"));
    return piece.list().ofMaxSize(30).map(l -> String.join("", l));
  }

  /** Pieces of markup in any order: half-tags, tags never closed, stray closings, comments, CDATA, entities. */
  @Provide
  Arbitrary<String> tagSoup() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of("<p>", "</p>", "<div>", "</div>", "<li>", "<ul>", "</ul>", "<article>", "</article>", "<main>",
            "<table>", "<tr>", "<td>", "<h2>", "<blockquote>", "<b>", "<i>", "<a href='x'>", "</a>", "<br>", "<hr/>",
            "<body>", "</body>", "<html>", "<head>", "</head>", "<frameset>", "<svg>", "</svg>", "<math>", "</math>",
            "<", ">", "</", "<!", "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#0;", "&#x110000;", "&", "&nbsp",
            "'", "\"", "=", " ", "\n", "words", "more words", "\u0000", "\uFEFF", "\uD800"),
        Arbitraries.of("<script>" + HIDDEN + "</script>", "<style>p{content:'" + HIDDEN + "'}</style>",
            "<!-- " + HIDDEN + " -->", "<p title=\"" + HIDDEN + "\">", "<textarea>" + HIDDEN + "</textarea>",
            "<noembed>" + HIDDEN + "</noembed>", "<noframes>" + HIDDEN + "</noframes>",
            "<math><![CDATA[" + HIDDEN + "]]></math>", "<svg><script>" + HIDDEN + "</script></svg>",
            "<math><style>" + HIDDEN + "</style></math>", "<select><option>" + HIDDEN + "</select>",
            "<template><p>" + HIDDEN + "</p></template>", "<noscript><p>" + HIDDEN + "</p></noscript>"));
    return piece.list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
    Arbitrary<byte[]> withCharset = Combinators.combine(Arbitraries.of("UTF-8", "utf-16", "UTF-16BE", "UTF-32",
        "x-unknown", "\"><", "ISO-8859-1", "windows-1252", "Shift_JIS", "", "utf-7", "UTF-8\u0000"),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(500)).as((cs, rest) -> {
          byte[] head = ("<html><head><meta charset=\"" + cs + "\"></head><body><p>").getBytes(StandardCharsets.UTF_8);
          byte[] out = new byte[head.length + rest.length];
          System.arraycopy(head, 0, out, 0, head.length);
          System.arraycopy(rest, 0, out, head.length, rest.length);
          return out;
        });
    Arbitrary<byte[]> boms = Combinators.combine(Arbitraries.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {(byte) 0xFF, (byte) 0xFE},
        new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}), Arbitraries.bytes().array(byte[].class).ofMaxSize(300))
        .as((bom, rest) -> {
          byte[] out = new byte[bom.length + rest.length];
          System.arraycopy(bom, 0, out, 0, bom.length);
          System.arraycopy(rest, 0, out, bom.length, rest.length);
          return out;
        });
    return Arbitraries.oneOf(raw, withCharset, boms);
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.strings().all().ofMaxLength(500);
  }
}
