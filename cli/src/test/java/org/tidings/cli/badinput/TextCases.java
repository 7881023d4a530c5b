package org.tidings.cli.badinput;

import static org.tidings.cli.badinput.Expected.duplicate;
import static org.tidings.cli.badinput.Expected.failed;
import static org.tidings.cli.badinput.Expected.stored;
import static org.tidings.cli.badinput.Expected.warned;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * The generated plain-text cases: empty and blank texts, binary files, invalid UTF-8 at many
 * positions, UTF-16 and UTF-32, other scripts, emoji, control characters, sizes, nesting and the
 * deliberately slow article.
 */
final class TextCases {
  /** Characters of the slow article: under the {@code --max-chars} the corpus test gives, so it is coded whole. */
  static final int SLOW_CHARS = 290_000;
  /** The 20 MB article. */
  static final int HUGE_CHARS = 20 * 1024 * 1024;

  private final CorpusWriter out;

  TextCases(CorpusWriter out) {
    this.out = out;
  }

  void writeAll() throws IOException {
    empty();
    binary();
    invalidUtf8();
    otherEncodings();
    scripts();
    emoji();
    controls();
    sizes();
    nesting();
    slow();
  }

  private void empty() throws IOException {
    out.bytes("empty", "zero-bytes.txt", new byte[0], "zero-bytes", failed("empty_text"));
    Map<String, String> blanks = new LinkedHashMap<>();
    blanks.put("one-space", " ");
    blanks.put("newlines", "\n\n\n\n");
    blanks.put("crlf", "\r\n\r\n\r\n");
    blanks.put("tabs", "\t \t\t ");
    blanks.put("no-break-spaces", "\u00A0\u00A0\u00A0\u00A0");
    blanks.put("ideographic-spaces", "\u3000\u3000\u3000");
    blanks.put("line-separators", "\u2028\u2029\u2028");
    blanks.put("zero-width-spaces", "\u200B\u200B\u200B\u200C\u200D");
    blanks.put("word-joiners", "\u2060\u2060 \u2060");
    blanks.put("byte-order-marks", "\uFEFF\uFEFF \uFEFF");
    blanks.put("mixed-blanks", " \u00A0\t\u2003\u3000\u200B\n\u2029 ");
    blanks.put("next-line", "\u0085\u0085");
    for (var e : blanks.entrySet()) {
      out.text("empty", "blank-" + e.getKey(), e.getValue(), failed("empty_text"));
    }
    // a UTF-8 byte order mark and nothing else
    out.bytes("empty", "bom-only.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "bom-only",
        failed("empty_text"));
  }

  private void binary() throws IOException {
    int[] sizes = {64, 333, 1024, 4096, 65536};
    for (int i = 0; i < sizes.length; i++) {
      for (int seed = 1; seed <= 3; seed++) {
        byte[] b = new byte[sizes[i]];
        new Random(seed * 1000L + i).nextBytes(b);
        out.bytes("binary", "random-" + sizes[i] + "-" + seed + ".txt", b, "random-" + sizes[i] + "-" + seed,
            failed("binary_content"));
      }
    }
    Random r = new Random(42);
    Map<String, byte[]> magic = new LinkedHashMap<>();
    magic.put("png", concat(HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452"), random(r, 2000)));
    magic.put("zip", concat("PK\u0003\u0004\u0014\u0000\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1),
        random(r, 2000)));
    magic.put("pdf", concat("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog >> endobj\nstream\n"
        .getBytes(StandardCharsets.ISO_8859_1), random(r, 3000), "\nendstream\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
    magic.put("elf", concat(HexFormat.of().parseHex("7f454c4602010100000000000000000002003e00"), random(r, 2000)));
    magic.put("gzip-of-an-article", gzip(Sentences.paragraphs(out.next(), 4000)));
    magic.put("all-zero", new byte[1024]);
    magic.put("all-ff", filled(1024, (byte) 0xFF));
    magic.put("high-bytes-only", highBytes(r, 2048));
    magic.put("utf16le-without-bom", Sentences.article(out.next()).getBytes(StandardCharsets.UTF_16LE));
    magic.put("utf16be-without-bom", Sentences.article(out.next()).getBytes(StandardCharsets.UTF_16BE));
    for (var e : magic.entrySet()) {
      out.bytes("binary", e.getKey() + ".txt", e.getValue(), e.getKey(), failed("binary_content"));
    }
  }

  /** Invalid UTF-8 sequences, each put at several places in an English article: stored, with a warning. */
  private void invalidUtf8() throws IOException {
    Map<String, String> sequences = new LinkedHashMap<>();
    sequences.put("ff", "ff");
    sequences.put("fe", "fe");
    sequences.put("overlong-nul", "c080");
    sequences.put("overlong-c1", "c1bf");
    sequences.put("overlong-3", "e08080");
    sequences.put("surrogate", "eda080");
    sequences.put("above-max", "f4908080");
    sequences.put("five-bytes", "f888808080");
    sequences.put("lone-continuation", "80");
    sequences.put("two-continuations", "bfbf");
    sequences.put("cut-euro", "e282");
    sequences.put("cut-emoji", "f09f98");
    sequences.put("lone-lead", "c3");
    for (var e : sequences.entrySet()) {
      byte[] bad = HexFormat.of().parseHex(e.getValue());
      for (String where : List.of("start", "in-word", "at-space", "between-sentences", "end")) {
        String text = Sentences.article(out.next());
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        int at = switch (where) {
          case "start" -> 0;
          case "in-word" -> text.indexOf(' ') + 3;
          case "at-space" -> text.indexOf(' ', text.length() / 2);
          case "between-sentences" -> text.indexOf(". ") + 2;
          default -> b.length;
        };
        String name = "bad-" + e.getKey() + "-" + where;
        out.bytes("invalid-utf8", name + ".txt", insert(b, at, bad), name, warned("invalid_utf8"));
      }
    }
    // text from other encodings read as UTF-8
    out.bytes("invalid-utf8", "latin1.txt", ("The mayor of S\u00e3o Paulo met the caf\u00e9 owners of Bogot\u00e1 on "
        + "Monday. " + Sentences.article(out.next())).getBytes(StandardCharsets.ISO_8859_1), "latin1",
        warned("invalid_utf8"));
    out.bytes("invalid-utf8", "windows-1252-quotes.txt", ("The minister said \u201Cwe will not give up\u201D on Monday. "
        + Sentences.article(out.next())).getBytes(Charset.forName("windows-1252")), "windows-1252-quotes",
        warned("invalid_utf8"));
    byte[] half = concat(Sentences.article(out.next()).getBytes(StandardCharsets.UTF_8), "\n\n".getBytes(
        StandardCharsets.US_ASCII), ("Le ministre fran\u00e7ais a rencontr\u00e9 son homologue. " + Sentences.article(
        out.next())).getBytes(StandardCharsets.ISO_8859_1));
    out.bytes("invalid-utf8", "half-utf8-half-latin1.txt", half, "half-utf8-half-latin1", warned("invalid_utf8"));
    // mojibake is valid UTF-8: nothing to see for a decoder
    out.text("invalid-utf8", "mojibake", "The caf\u00C3\u00A9 owners of Bogot\u00C3\u00A1 protested on Monday. "
        + Sentences.article(out.next()), stored());
  }

  private void otherEncodings() throws IOException {
    Map<String, Charset> withBom = new LinkedHashMap<>();
    withBom.put("utf16le", StandardCharsets.UTF_16LE);
    withBom.put("utf16be", StandardCharsets.UTF_16BE);
    withBom.put("utf32le", Charset.forName("UTF-32LE"));
    withBom.put("utf32be", Charset.forName("UTF-32BE"));
    for (var e : withBom.entrySet()) {
      String text = "The caf\u00e9 owners of Bogot\u00e1 met the mayor \u2014 \u201Cat last\u201D. "
          + Sentences.article(out.next());
      out.bytes("encodings", e.getKey() + "-bom.txt", concat(bom(e.getValue()), text.getBytes(e.getValue())),
          e.getKey() + "-bom", stored());
    }
    byte[] odd = concat(bom(StandardCharsets.UTF_16LE), Sentences.article(out.next()).getBytes(
        StandardCharsets.UTF_16LE), new byte[] {0x41});
    out.bytes("encodings", "utf16le-bom-odd-length.txt", odd, "utf16le-bom-odd-length", warned("invalid_encoding"));
    byte[] lone = concat(bom(StandardCharsets.UTF_16LE), Sentences.article(out.next()).getBytes(
        StandardCharsets.UTF_16LE), new byte[] {0x00, (byte) 0xD8, 0x41, 0x00});
    out.bytes("encodings", "utf16le-bom-lone-surrogate.txt", lone, "utf16le-bom-lone-surrogate",
        warned("invalid_encoding"));
    // the same article in UTF-8 and in UTF-16: one article (files are read in path order)
    String same = Sentences.article(out.next());
    out.text("encodings", "same-a-utf8", same, stored());
    out.bytes("encodings", "same-b-utf16be.txt", concat(bom(StandardCharsets.UTF_16BE),
        same.getBytes(StandardCharsets.UTF_16BE)), null, duplicate());
  }

  private void scripts() throws IOException {
    Map<String, String> foreign = new LinkedHashMap<>();
    foreign.put("arabic", "\u0627\u0644\u062a\u0642\u0649 \u0648\u0632\u064a\u0631 \u0627\u0644\u062e\u0627\u0631\u062c"
        + "\u064a\u0629 \u0646\u0638\u064a\u0631\u0647 \u0641\u064a \u0627\u0644\u0642\u0627\u0647\u0631\u0629 \u064a"
        + "\u0648\u0645 \u0627\u0644\u0627\u062b\u0646\u064a\u0646 \u0644\u0628\u062d\u062b \u0623\u0632\u0645\u0629 "
        + "\u0627\u0644\u0645\u064a\u0627\u0647 \u0641\u064a \u0627\u0644\u0645\u0646\u0637\u0642\u0629.");
    foreign.put("hebrew", "\u05e9\u05e8 \u05d4\u05d7\u05d5\u05e5 \u05e0\u05e4\u05d2\u05e9 \u05e2\u05dd \u05e2\u05de"
        + "\u05d9\u05ea\u05d5 \u05d1\u05d9\u05e8\u05d5\u05e9\u05dc\u05d9\u05dd \u05d1\u05d9\u05d5\u05dd \u05e9\u05e0"
        + "\u05d9 \u05db\u05d3\u05d9 \u05dc\u05d3\u05d5\u05df \u05d1\u05e9\u05d9\u05ea\u05d5\u05e3 \u05e4\u05e2\u05d5"
        + "\u05dc\u05d4 \u05d1\u05ea\u05d7\u05d5\u05dd \u05d4\u05d0\u05e0\u05e8\u05d2\u05d9\u05d4.");
    foreign.put("persian", "\u0648\u0632\u06cc\u0631 \u0627\u0645\u0648\u0631 \u062e\u0627\u0631\u062c\u0647 \u0631"
        + "\u0648\u0632 \u062f\u0648\u0634\u0646\u0628\u0647 \u062f\u0631 \u062a\u0647\u0631\u0627\u0646 \u0628\u0627 "
        + "\u0647\u0645\u062a\u0627\u06cc \u0639\u0631\u0627\u0642\u06cc \u062e\u0648\u062f \u062f\u0631\u0628\u0627"
        + "\u0631\u0647 \u0627\u0645\u0646\u06cc\u062a \u0645\u0631\u0632\u0647\u0627 \u06af\u0641\u062a\u06af\u0648 "
        + "\u06a9\u0631\u062f.");
    foreign.put("chinese", "\u5916\u4ea4\u90e8\u957f\u661f\u671f\u4e00\u5728\u5317\u4eac\u4f1a\u89c1\u4e86\u8d8a"
        + "\u5357\u526f\u603b\u7406\uff0c\u53cc\u65b9\u8ba8\u8bba\u4e86\u8fb9\u5883\u8d38\u6613\u95ee\u9898\u3002\u5b98"
        + "\u5458\u8bf4\uff0c\u4e24\u56fd\u540c\u610f\u4e0b\u4e2a\u6708\u7ee7\u7eed\u4f1a\u8c08\u3002");
    foreign.put("japanese", "\u5916\u52d9\u5927\u81e3\u306f\u6708\u66dc\u65e5\u306b\u6771\u4eac\u3067\u97d3\u56fd"
        + "\u306e\u5916\u76f8\u3068\u4f1a\u8ac7\u3057\u3001\u6f01\u696d\u5354\u5b9a\u306b\u3064\u3044\u3066\u8a71\u3057"
        + "\u5408\u3063\u305f\u3002");
    foreign.put("korean", "\uc678\uad50\ubd80 \uc7a5\uad00\uc740 \uc6d4\uc694\uc77c \uc11c\uc6b8\uc5d0\uc11c \uc77c"
        + "\ubcf8 \uc678\ubb34\uc0c1\uacfc \ub9cc\ub098 \uc5b4\uc5c5 \ud611\uc815\uc5d0 \ub300\ud574 \ub17c\uc758\ud588"
        + "\ub2e4. \uad00\uacc4\uc790\ub4e4\uc740 \uc591\uce21\uc774 \ub2e4\uc74c \ub2ec\uc5d0 \ub2e4\uc2dc \ub9cc\ub098"
        + "\uae30\ub85c \ud569\uc758\ud588\ub2e4\uace0 \ub9d0\ud588\ub2e4.");
    foreign.put("thai", "\u0e23\u0e31\u0e10\u0e21\u0e19\u0e15\u0e23\u0e35\u0e27\u0e48\u0e32\u0e01\u0e32\u0e23\u0e01"
        + "\u0e23\u0e30\u0e17\u0e23\u0e27\u0e07\u0e01\u0e32\u0e23\u0e15\u0e48\u0e32\u0e07\u0e1b\u0e23\u0e30\u0e40\u0e17"
        + "\u0e28\u0e1e\u0e1a\u0e01\u0e31\u0e1a\u0e23\u0e31\u0e10\u0e21\u0e19\u0e15\u0e23\u0e35\u0e01\u0e31\u0e21\u0e1e"
        + "\u0e39\u0e0a\u0e32\u0e17\u0e35\u0e48\u0e01\u0e23\u0e38\u0e07\u0e40\u0e17\u0e1e\u0e2f");
    foreign.put("greek", "\u039f \u03c5\u03c0\u03bf\u03c5\u03c1\u03b3\u03cc\u03c2 \u0395\u03be\u03c9\u03c4\u03b5\u03c1"
        + "\u03b9\u03ba\u03ce\u03bd \u03c3\u03c5\u03bd\u03b1\u03bd\u03c4\u03ae\u03b8\u03b7\u03ba\u03b5 \u03bc\u03b5 "
        + "\u03c4\u03bf\u03bd \u03bf\u03bc\u03cc\u03bb\u03bf\u03b3\u03cc \u03c4\u03bf\u03c5 \u03c3\u03c4\u03b7\u03bd "
        + "\u0391\u03b8\u03ae\u03bd\u03b1 \u03c4\u03b7 \u0394\u03b5\u03c5\u03c4\u03ad\u03c1\u03b1.");
    foreign.put("russian", "\u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u0438\u043d\u043e\u0441\u0442\u0440\u0430\u043d"
        + "\u043d\u044b\u0445 \u0434\u0435\u043b \u0432\u0441\u0442\u0440\u0435\u0442\u0438\u043b\u0441\u044f \u0432 "
        + "\u043f\u043e\u043d\u0435\u0434\u0435\u043b\u044c\u043d\u0438\u043a \u0432 \u041c\u043e\u0441\u043a\u0432"
        + "\u0435 \u0441\u043e \u0441\u0432\u043e\u0438\u043c \u043a\u043e\u043b\u043b\u0435\u0433\u043e\u0439.");
    foreign.put("hindi", "\u0935\u093f\u0926\u0947\u0936 \u092e\u0902\u0924\u094d\u0930\u0940 \u0928\u0947 \u0938\u094b"
        + "\u092e\u0935\u093e\u0930 \u0915\u094b \u0926\u093f\u0932\u094d\u0932\u0940 \u092e\u0947\u0902 \u0928\u0947"
        + "\u092a\u093e\u0932 \u0915\u0947 \u092a\u094d\u0930\u0927\u093e\u0928\u092e\u0902\u0924\u094d\u0930\u0940 "
        + "\u0938\u0947 \u092e\u0941\u0932\u093e\u0915\u093e\u0924 \u0915\u0940\u0964");
    for (var e : foreign.entrySet()) {
      int n = out.next();
      // a whole article in the other script: refused
      String whole = (e.getValue() + " ").repeat(3) + n;
      out.text("scripts", e.getKey() + "-article", whole, failed("not_english"));
      // an English article quoting a line of it: coded
      out.text("scripts", e.getKey() + "-quoted-in-english", Sentences.article(n) + " A banner in the crowd read: "
          + e.getValue() + " " + Sentences.one(n + 3), stored());
    }
    // right-to-left marks and overrides inside English text
    int n = out.next();
    out.text("scripts", "bidi-overrides", "The \u202Eminister\u202C met the \u2067envoy\u2069 on Monday. \u200F"
        + Sentences.article(n), stored());
    out.text("scripts", "rtl-names-in-english", "Foreign Minister \u0633\u0627\u0645\u062d \u0634\u0643\u0631\u064a "
        + "met his Jordanian counterpart in Cairo on Monday. " + Sentences.article(out.next()), stored());
    out.text("scripts", "fullwidth-latin", "\uff34\uff48\uff45 \uff4d\uff49\uff4e\uff49\uff53\uff54\uff45\uff52 "
        .repeat(12) + out.next(), failed("not_english"));
    out.text("scripts", "combining-marks", zalgo(Sentences.article(out.next())), failed("not_english"));
  }

  private void emoji() throws IOException {
    out.text("emoji", "only-emoji", "\uD83C\uDF89\uD83D\uDD25\uD83D\uDC4D ".repeat(40), failed("no_words"));
    out.text("emoji", "flags-only", "\uD83C\uDDFA\uD83C\uDDE6 \uD83C\uDDF7\uD83C\uDDFA \uD83C\uDDEB\uD83C\uDDF7 "
        .repeat(20), failed("no_words"));
    List<String> marks = List.of("\uD83D\uDD25", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
        "\uD83D\uDC4D\uD83C\uDFFD", "1\uFE0F\u20E3", "\uD83C\uDDFA\uD83C\uDDE6", "\u2764\uFE0F", "\uD83E\uDEE0");
    for (int i = 0; i < marks.size(); i++) {
      String text = Sentences.article(out.next());
      out.text("emoji", "between-words-" + (i + 1), text.replace(" ", " " + marks.get(i) + " "), stored());
    }
    String text = Sentences.article(out.next());
    out.text("emoji", "inside-words", text.replace("e", "e\uD83D\uDD25"), stored());
    out.text("emoji", "emoji-headline", "\uD83D\uDEA8 BREAKING \uD83D\uDEA8\n\n" + Sentences.article(out.next()),
        stored());
  }

  private void controls() throws IOException {
    for (int c = 0; c < 0x20; c++) {
      if (c == '\t' || c == '\n' || c == '\r') {
        continue;
      }
      control(c);
    }
    for (int c : new int[] {0x7F, 0x80, 0x85, 0x9B, 0x9F}) {
      control(c);
    }
    out.text("control", "ansi-colours", "\u001B[1;31mBREAKING\u001B[0m " + Sentences.article(out.next())
        .replace("minister", "\u001B[4mminister\u001B[0m"), stored());
    out.text("control", "form-feed-pages", Sentences.article(out.next()) + "\n\f\n" + Sentences.article(out.next()),
        stored());
    out.text("control", "dos-eof", Sentences.article(out.next()) + "\u001A", stored());
    out.text("control", "few-controls", sprinkle(Sentences.paragraphs(out.next(), 1500), '\u0007', 60), stored());
    out.text("control", "many-controls", sprinkle(Sentences.paragraphs(out.next(), 1500), '\u0007', 8),
        failed("binary_content"));
    out.text("control", "backspace-overstrike", Sentences.article(out.next()).replaceAll("(\\w)", "_\b$1"),
        failed("binary_content"));
    out.text("control", "nul-padded", Sentences.article(out.next()) + "\u0000".repeat(2000), failed("binary_content"));
  }

  private void control(int c) throws IOException {
    String text = Sentences.article(out.next());
    int at = text.indexOf(' ', text.length() / 3);
    out.text("control", String.format("char-%02x", c), text.substring(0, at) + (char) c + text.substring(at),
        stored());
  }

  private void sizes() throws IOException {
    out.text("large", "article-20mb", Sentences.paragraphs(out.next(), HUGE_CHARS), failed("too_long"));
    StringBuilder sb = new StringBuilder("The spokesman said that");
    int tokens = 4;
    for (int i = 0; tokens < 5000; i++) {
      String part = i % 9 == 0 ? " and the army of Norway attacked a town in Sweden" : " again";
      sb.append(part);
      tokens += part.split(" ").length - 1;
    }
    out.text("large", "sentence-5000-tokens", sb.append('.').toString(), warned("sentence_too_long"));
    List<String> words = List.of("Yes", "Attack", "Peace", "Talks", "Sanctions", "Protest", "Ceasefire", "Kyiv",
        "Moscow", "Aid", "Troops", "Blockade", "Envoy");
    sb = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      sb.append(words.get(i % words.size())).append(i % 50 == 49 ? ".\n\n" : ". ");
    }
    out.text("large", "one-word-sentences-10000", sb.toString(), failed("not_english"));
    Random r = new Random(7);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      word.append((char) ('a' + r.nextInt(26)));
    }
    out.text("large", "one-word-50000-letters", word.toString(), warned("word_too_long"));
    out.text("large", "blank-lines-20000", Sentences.article(out.next()) + "\n".repeat(20_000)
        + Sentences.article(out.next()), stored());
    out.text("large", "long-url", Sentences.article(out.next()) + " See https://example.org/"
        + "a1b2c3d4e5".repeat(3000) + " for more.", warned("word_too_long"));
  }

  /** Quotes and brackets nested and unbalanced, at many depths. */
  private void nesting() throws IOException {
    Map<String, String[]> kinds = new LinkedHashMap<>();
    kinds.put("straight-double", new String[] {"\"", "\""});
    kinds.put("curly-double", new String[] {"\u201C", "\u201D"});
    kinds.put("curly-single", new String[] {"\u2018", "\u2019"});
    kinds.put("straight-single", new String[] {"'", "'"});
    kinds.put("guillemets", new String[] {"\u00AB", "\u00BB"});
    kinds.put("german", new String[] {"\u201E", "\u201C"});
    kinds.put("parens", new String[] {"(", ")"});
    kinds.put("square", new String[] {"[", "]"});
    kinds.put("braces", new String[] {"{", "}"});
    kinds.put("angle", new String[] {"<", ">"});
    for (var k : kinds.entrySet()) {
      String open = k.getValue()[0];
      String close = k.getValue()[1];
      for (int depth : new int[] {1, 3, 10, 20, 200, 1000}) {
        nested(k.getKey() + "-balanced-" + depth, open.repeat(depth), close.repeat(depth), depth >= 200);
      }
      for (int depth : new int[] {1, 20, 1000}) {
        nested(k.getKey() + "-open-only-" + depth, open.repeat(depth), "", depth >= 200);
        nested(k.getKey() + "-close-only-" + depth, "", close.repeat(depth), depth >= 200);
      }
      // marks with spaces between them: one sentence of 2,000 tokens, too long to parse or tag
      String clause = Sentences.one(out.next());
      out.text("nesting", k.getKey() + "-spaced-1000", "The spokesman said " + (open + " ").repeat(1000)
          + clause.substring(0, clause.length() - 1) + (" " + close).repeat(1000) + " on Monday. "
          + Sentences.article(out.next()), warned("sentence_too_long"));
    }
    String opens = "([{<\u201C\u2018\u00AB";
    String closes = ")]}>\u201D\u2019\u00BB";
    for (int depth : new int[] {12, 500}) {
      StringBuilder o = new StringBuilder();
      StringBuilder c = new StringBuilder();
      for (int i = 0; i < depth; i++) {
        o.append(opens.charAt(i % opens.length()));
        c.append(closes.charAt((i * 3) % closes.length()));
      }
      nested("mismatched-" + depth, o.toString(), c.toString(), depth >= 200);
    }
    // a quote opened in the first paragraph and never closed, thirty paragraphs on
    out.text("nesting", "quote-never-closed", "The spokesman said \u201Cwe will answer this.\n\n"
        + Sentences.paragraphs(out.next(), 6000), stored());
    out.text("nesting", "quotes-across-paragraphs", ("\u201CThe talks failed,\n\n" + Sentences.article(out.next())
        + "\u201D ").repeat(8), stored());
  }

  /** Marks written together: at 200 deep and more they make a run longer than any word, which is not read. */
  private void nested(String name, String opens, String closes, boolean longRun) throws IOException {
    String clause = Sentences.one(out.next());
    clause = clause.substring(0, clause.length() - 1);
    String text = "The spokesman said " + opens + clause + closes + " on Monday. " + Sentences.article(out.next());
    out.text("nesting", name, text, longRun ? warned("word_too_long") : stored());
  }

  private void slow() throws IOException {
    out.text("slow", "too-slow", Sentences.paragraphs(out.next(), SLOW_CHARS), failed("timed_out"));
  }

  // --- byte helpers

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      b.writeBytes(p);
    }
    return b.toByteArray();
  }

  private static byte[] insert(byte[] b, int at, byte[] what) {
    return concat(Arrays.copyOfRange(b, 0, at), what, Arrays.copyOfRange(b, at, b.length));
  }

  private static byte[] random(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  private static byte[] highBytes(Random r, int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (0x80 + r.nextInt(0x80));
    }
    return b;
  }

  private static byte[] filled(int n, byte v) {
    byte[] b = new byte[n];
    Arrays.fill(b, v);
    return b;
  }

  static byte[] bom(Charset cs) {
    return switch (cs.name()) {
      case "UTF-16LE" -> new byte[] {(byte) 0xFF, (byte) 0xFE};
      case "UTF-16BE" -> new byte[] {(byte) 0xFE, (byte) 0xFF};
      case "UTF-32LE" -> new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0};
      case "UTF-32BE" -> new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF};
      default -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    };
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(b)) {
      z.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return b.toByteArray();
  }

  private static String sprinkle(String text, char c, int every) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      if (i > 0 && i % every == 0) {
        sb.append(c);
      }
      sb.append(text.charAt(i));
    }
    return sb.toString();
  }

  private static String zalgo(String text) {
    StringBuilder sb = new StringBuilder();
    for (char ch : text.toCharArray()) {
      sb.append(ch);
      if (Character.isLetter(ch)) {
        sb.append("\u0301\u0316\u0334\u0337\u0350\u0362");
      }
    }
    return sb.toString();
  }
}
