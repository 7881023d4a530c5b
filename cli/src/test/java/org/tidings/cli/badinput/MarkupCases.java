package org.tidings.cli.badinput;

import static org.tidings.cli.badinput.Expected.failed;
import static org.tidings.cli.badinput.Expected.none;
import static org.tidings.cli.badinput.Expected.stored;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * The generated HTML pages and feeds: scripts and styles where text should be, broken and
 * unclosed tags, deep nesting, lying charsets, hostile XML (external entities, entity expansion).
 */
final class MarkupCases {
  /** Put inside scripts, styles, comments and other places whose words must never reach a stored text. */
  static final String HIDDEN = "HIDDENMARK";

  private final CorpusWriter out;

  MarkupCases(CorpusWriter out) {
    this.out = out;
  }

  void writeAll() throws IOException {
    html();
    feeds();
  }

  private record Page(String html, Expected expected) {}

  private void html() throws IOException {
    Map<String, Page> pages = new LinkedHashMap<>();
    pages.put("script-only", new Page("<html><head><script>var a = \"" + HIDDEN + " T1\";</script></head><body>"
        + "<script>document.write('" + HIDDEN + "')</script></body></html>", failed("empty_text")));
    pages.put("script-in-article", new Page("<article><p>T1</p><script>var s = \"</p><p>" + HIDDEN
        + "\";</script><p>T2</p></article>", stored()));
    pages.put("script-unclosed-after-text", new Page("<body><p>T1</p><script>var x = 1; " + HIDDEN + " <p>more</p>",
        stored()));
    pages.put("script-unclosed-before-text", new Page("<body><script>" + HIDDEN + "<p>T1</p>", failed("empty_text")));
    pages.put("style-unclosed", new Page("<body><p>T1</p><style>p { color: red } " + HIDDEN, stored()));
    pages.put("comment-unclosed-after-text", new Page("<body><p>T1</p><!-- <p>" + HIDDEN + "</p>", stored()));
    pages.put("comment-unclosed-before-text", new Page("<body><!-- <p>T1 " + HIDDEN + "</p>", failed("empty_text")));
    pages.put("unclosed-tags", new Page("<body><div><p>T1<p>T2<div><span><b>", stored()));
    pages.put("stray-closing-tags", new Page("</div></p></body><p>T1</p></html></html></article>", stored()));
    pages.put("tag-soup", new Page("<p><b><i>T1</b></i></p><table><p>T2</table></td></tr>", stored()));
    pages.put("cdata-in-html", new Page("<body><![CDATA[ x ]]><p>T1</p>", stored()));
    pages.put("entities", new Page("<p>T1 &amp; &#0; &#xD800; &#x110000; &bogus; &#99999999; &lt;&gt;</p>", stored()));
    pages.put("nul-bytes", new Page("<p>T1\u0000\u0000 and more</p>", stored()));
    pages.put("javascript-links", new Page("<p><a href=\"javascript:alert('" + HIDDEN + "')\">T1</a></p>"
        + "<img src=x onerror=\"" + HIDDEN + "\">", stored()));
    pages.put("svg-script", new Page("<svg><script>" + HIDDEN + "</script><text>" + HIDDEN + "</text></svg><p>T1</p>",
        stored()));
    pages.put("iframe-srcdoc", new Page("<iframe srcdoc=\"<p>" + HIDDEN + "</p>\"></iframe><p>T1</p>", stored()));
    pages.put("noscript-and-template", new Page("<noscript><p>" + HIDDEN + "</p></noscript><template><p>" + HIDDEN
        + "</p></template><p>T1</p>", stored()));
    pages.put("doctype-entity", new Page("<!DOCTYPE html [<!ENTITY x \"" + HIDDEN + "\">]><p>T1 &x;</p>", stored()));
    pages.put("nav-and-form-only", new Page("<nav><p>Home</p></nav><form><input value=\"" + HIDDEN
        + "\"><p>Sign in</p></form><footer><p>Contact</p></footer>", failed("empty_text")));
    pages.put("empty-article-element", new Page("<body><article></article><p>T1</p><p>T2</p></body>", stored()));
    pages.put("empty-main-element", new Page("<body><main> </main><div><p>T1</p></div></body>", stored()));
    pages.put("deep-divs-1000", new Page("<div>".repeat(1000) + "<p>T1</p>" + "</div>".repeat(1000), stored()));
    pages.put("deep-divs-100000", new Page("<div>".repeat(100_000) + "<p>T1</p>" + "</div>".repeat(100_000),
        stored()));
    pages.put("unclosed-bold-50000", new Page("<p>T1</p>" + "<b>".repeat(50_000) + "<p>T2</p>", stored()));
    pages.put("huge-attribute", new Page("<p title=\"" + "x".repeat(1_000_000) + "\">T1</p>", stored()));
    pages.put("no-markup", new Page("T1\n\nT2", stored()));
    pages.put("meta-charset-utf16-lie", new Page("<html><head><meta charset=\"utf-16\"></head><body><p>T1</p>",
        stored()));
    pages.put("meta-charset-unknown", new Page("<html><head><meta charset=\"x-klingon\"></head><body><p>T1</p>",
        stored()));
    pages.put("future-date", new Page("<html><head><meta property=\"article:published_time\" content=\"2150-01-01\">"
        + "</head><body><article><p>T1</p></article></body></html>", stored()));
    for (var e : pages.entrySet()) {
      String html = e.getValue().html().replace("T1", Sentences.article(out.next()))
          .replace("T2", Sentences.article(out.next()));
      out.bytes("html", "page-" + e.getKey() + ".html", html.getBytes(StandardCharsets.UTF_8), "page-" + e.getKey(),
          e.getValue().expected());
    }
    byte[] utf16 = TextCases.concat(TextCases.bom(StandardCharsets.UTF_16LE),
        ("<html><body><p>" + Sentences.article(out.next()) + "</p></body></html>").getBytes(StandardCharsets.UTF_16LE));
    out.bytes("html", "page-utf16le-bom.html", utf16, "page-utf16le-bom", stored());
    byte[] random = new byte[4096];
    new Random(99).nextBytes(random);
    out.bytes("html", "page-random-bytes.html", random, "page-random-bytes", failed("binary_content"));
  }

  private void feeds() throws IOException {
    String rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Corpus Wire</title><link>https://example.org/</link>
        <item><title>Talks in Oslo</title><link>https://example.org/a1</link><description>T1</description>
          <pubDate>Tue, 08 Feb 2022 10:00:00 GMT</pubDate></item>
        <item><title>A date far ahead</title><link>https://example.org/a2</link><description>T2</description>
          <pubDate>Sat, 01 Jan 2150 10:00:00 GMT</pubDate></item>
        <item><title>Scripted</title><link>https://example.org/a3</link>
          <description><![CDATA[<p>T3</p><script>HIDDEN</script><style>HIDDEN</style>]]></description></item>
        <item><title>Ministers of Chile and Peru meet in Lima to sign a deal</title><link>https://example.org/a4</link></item>
        <item><link>https://example.org/a5</link><description>   </description></item>
        <item><title>No link at all</title><description>T4</description></item>
        </channel></rss>
        """;
    rss = rss.replace("T1", Sentences.article(out.next())).replace("T2", Sentences.article(out.next()))
        .replace("T3", Sentences.article(out.next())).replace("T4", Sentences.article(out.next()))
        .replace("HIDDEN", HIDDEN);
    Path items = out.write("feeds", "items.rss", rss.getBytes(StandardCharsets.UTF_8));
    item(items, "https://example.org/a1", stored());
    item(items, "https://example.org/a2", stored());
    item(items, "https://example.org/a3", stored());
    item(items, "https://example.org/a4", stored());
    item(items, "https://example.org/a5", failed("empty_text"));
    item(items, items + ":6", stored());

    String atom = """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Corpus Atom</title><id>urn:corpus</id>
        <updated>2022-02-08T10:00:00Z</updated>
        <entry><title>Entry one</title><id>urn:corpus:e1</id><updated>2022-02-08T10:00:00Z</updated>
          <content type="html">&lt;p&gt;T1&lt;/p&gt;&lt;script&gt;HIDDEN&lt;/script&gt;</content></entry>
        <entry><title>Entry two</title><id>urn:corpus:e2</id><updated>2022-02-07T10:00:00Z</updated>
          <summary>T2</summary></entry>
        </feed>
        """.replace("T1", Sentences.article(out.next())).replace("T2", Sentences.article(out.next()))
        .replace("HIDDEN", HIDDEN);
    Path entries = out.write("feeds", "entries.atom", atom.getBytes(StandardCharsets.UTF_8));
    item(entries, "urn:corpus:e1", stored());
    item(entries, "urn:corpus:e2", stored());

    String utf16 = """
        <?xml version="1.0" encoding="UTF-16"?>
        <rss version="2.0"><channel><title>Wide Wire</title>
        <item><title>Wide</title><link>https://example.org/w1</link><description>T1</description></item>
        </channel></rss>
        """.replace("T1", Sentences.article(out.next()));
    Path wide = out.write("feeds", "wide.rss", TextCases.concat(TextCases.bom(StandardCharsets.UTF_16LE),
        utf16.getBytes(StandardCharsets.UTF_16LE)));
    item(wide, "https://example.org/w1", stored());

    Path empty = out.write("feeds", "empty-channel.rss", """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Nothing</title></channel></rss>
        """.getBytes(StandardCharsets.UTF_8));
    out.add(new Case("feeds/empty-channel.rss", "feeds", empty, null, none()));

    Map<String, String> broken = new LinkedHashMap<>();
    broken.put("not-a-feed.rss", "This is a plain sentence, not a feed.");
    broken.put("html-page.rss", "<html><body><p>" + Sentences.article(out.next()) + "</p></body></html>");
    broken.put("truncated.rss", rss.substring(0, rss.length() / 2));
    broken.put("external-entity.rss", """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><title>X</title>
        <item><title>Leak</title><link>https://example.org/x1</link><description>&secret;</description></item>
        </channel></rss>
        """);
    broken.put("entity-expansion.xml", """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
        <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
        <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
        <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>
        <rss version="2.0"><channel><title>X</title>
        <item><title>Laughs</title><link>https://example.org/x2</link><description>&h;</description></item>
        </channel></rss>
        """);
    for (var e : broken.entrySet()) {
      Path f = out.write("feeds", e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8));
      out.add(new Case("feeds/" + e.getKey(), "feeds", f, CorpusWriter.unreadableId(f), failed("unreadable_file")));
    }
    byte[] random = new byte[3000];
    new Random(5).nextBytes(random);
    Path f = out.write("feeds", "random-bytes.rss", random);
    out.add(new Case("feeds/random-bytes.rss", "feeds", f, CorpusWriter.unreadableId(f), failed("unreadable_file")));
  }

  private void item(Path feed, String id, Expected expected) {
    String label = id.startsWith(feed.toString()) ? id.substring(feed.toString().length()) : id;
    out.add(new Case(out.root().relativize(feed) + "#" + label, "feeds", feed, id, expected));
  }
}
