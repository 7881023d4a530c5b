package org.tidings.cli.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.tidings.core.json.ArticleReader;
import org.tidings.core.model.Article;

/**
 * Reads a news page: its main text (the paragraphs of {@code <article>}, else {@code <main>},
 * else the body, without scripts, navigation, headers, footers and asides, form controls and the
 * fallbacks of embedded media; an {@code <article>} or {@code <main>} with no text, such as an
 * empty teaser box, is passed over), and its title, publication date, source and address from
 * {@code <meta>} ({@code og:title}, {@code article:published_time}, {@code og:site_name},
 * {@code og:url}) or the page itself. A block inside another (a paragraph in a list item, a nested
 * list) is a paragraph of its own and is not repeated in the one around it. A date that is not
 * one, lies in the future or before 1600 is not taken: the fallback date is.
 */
public final class HtmlArticles {
  private static final String NOISE = "script, style, noscript, template, nav, header, footer, aside, form, "
      + "button, iframe, svg, figure, textarea, select, datalist, noembed, noframes, object, embed, applet, canvas, "
      + "audio, video, math, title";
  private static final String BLOCKS = "p, h2, h3, li, blockquote:not(:has(p))";
  private final ArticleReader dates;

  /** A reader that tells dates in the future by the system clock. */
  public HtmlArticles() {
    this(new ArticleReader());
  }

  /** A reader that checks publication dates with {@code dates} (see {@link ArticleReader#date}). */
  public HtmlArticles(ArticleReader dates) {
    this.dates = dates;
  }

  /** The article of the page in {@code bytes} (charset from the page, else UTF-8). */
  public Article read(byte[] bytes, String id, LocalDate fallbackDate) throws IOException {
    Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
    if (wide(doc.charset().name()) && !ByteOrderMark.wide(bytes)) {
      // a <meta> that says UTF-16 or UTF-32 was read by an ASCII-compatible scan, so the page is not:
      // browsers read it as UTF-8 (HTML standard, "prescan a byte stream")
      doc = Jsoup.parse(new ByteArrayInputStream(bytes), "UTF-8", "");
    }
    String title = first(meta(doc, "og:title"), doc.title(), text(doc.selectFirst("h1")));
    String url = first(meta(doc, "og:url"), attr(doc.selectFirst("link[rel=canonical]"), "href"));
    String source = first(meta(doc, "og:site_name"), meta(doc, "application-name"));
    String when = first(meta(doc, "article:published_time"), meta(doc, "date"), meta(doc, "pubdate"),
        meta(doc, "datePublished"), attr(doc.selectFirst("time[datetime]"), "datetime"));
    return new Article(id, date(when, fallbackDate), title, url, source, mainText(doc));
  }

  /** Plain text of an HTML fragment, one paragraph per block, blank lines between them. */
  public static String plainText(String html) {
    return mainText(Jsoup.parseBodyFragment(html));
  }

  private static boolean wide(String charset) {
    return charset.startsWith("UTF-16") || charset.startsWith("UTF-32");
  }

  private static String mainText(Document doc) {
    doc.select(NOISE).remove();
    Element root = withText(doc.select("article"));
    if (root == null) {
      root = withText(doc.select("main, [role=main]"));
    }
    if (root == null) {
      root = doc.body();
    }
    List<String> paragraphs = new ArrayList<>();
    for (Element p : root.select(BLOCKS)) {
      String t = ownText(p).strip();
      if (!t.isEmpty()) {
        paragraphs.add(t);
      }
    }
    return paragraphs.isEmpty() ? root.text().strip() : String.join("\n\n", paragraphs);
  }

  /** The text of a block without the blocks inside it, which are paragraphs of their own. */
  private static String ownText(Element block) {
    Elements inner = block.select(BLOCKS);
    if (inner.size() == 1) {
      return block.text();
    }
    Element copy = block.clone();
    for (Element e : copy.select(BLOCKS)) {
      if (e != copy) {
        e.remove();
      }
    }
    return copy.text();
  }

  private static Element withText(List<Element> candidates) {
    for (Element e : candidates) {
      if (!e.text().isBlank()) {
        return e;
      }
    }
    return null;
  }

  private LocalDate date(String when, LocalDate fallback) {
    if (when == null) {
      return fallback;
    }
    try {
      return dates.date(when.length() > 10 ? when.substring(0, 10) : when);
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }

  private static String meta(Document doc, String name) {
    for (Element m : doc.select("meta")) {
      String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
      if (key.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)) && !m.attr("content").isBlank()) {
        return m.attr("content").strip();
      }
    }
    return null;
  }

  private static String text(Element e) {
    return e == null ? null : e.text();
  }

  private static String attr(Element e, String name) {
    return e == null ? null : e.attr(name);
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
