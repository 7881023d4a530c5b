package org.tidings.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tidings.cli.ingest.ByteOrderMark;
import org.tidings.core.json.ArticleReader;
import org.tidings.core.model.Article;
import org.tidings.core.model.ArticleError;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.pipeline.BatchCoder;
import org.tidings.core.pipeline.InputCheck;
import org.tidings.core.pipeline.Settings;
import org.tidings.store.ContentHash;

/**
 * Reads what {@code tidings code} and {@code tidings ingest} are given: a plain-text article, a
 * JSONL file of articles, or standard input (either form).
 *
 * <p>A plain-text file too big to hold one article is refused unread (see {@link #Inputs(int)}).
 *
 * <p>Bytes are UTF-8, or UTF-16 or UTF-32 when the file starts with that byte order mark. Bytes
 * that cannot be decoded are replaced with U+FFFD and the article says so ({@code invalid_utf8},
 * or {@code invalid_encoding} for UTF-16 and UTF-32); in a JSONL file in UTF-8 each line is
 * decoded on its own, so only the articles whose lines hold bad bytes say so.
 *
 * <p>A JSONL file has one article per line; lines end with LF, CR LF or a lone CR, blank lines
 * are skipped, and a byte order mark at the start of a line (files joined end to end) is
 * dropped. Each line is read by {@link ArticleReader} (whose javadoc gives the rules for
 * malformed lines, missing and wrong-typed fields and dates); a line that cannot be read
 * becomes a failed article with its reason, under the id its line gives or, when it gives none,
 * {@code name:line} (the file's name without its extension and the line's number).
 *
 * <p>Ids are unique within a file: a line whose id an earlier line of the file used (a number and
 * a string of the same digits are one id) fails as {@code duplicate_id} under {@code name:line},
 * saying which line had it first, so that two texts never share an id and no event is counted
 * under the wrong article. A line with the same id and the same text (after white space is
 * collapsed) is the same article again and is passed on, to be skipped as already stored. The
 * same id in two files is not checked: ids are the publishers', files may come from several.
 */
final class Inputs {
  private final ArticleReader reader = new ArticleReader();
  private final long maxTextBytes;

  /** Inputs for articles coded up to {@link Settings#DEFAULTS}' length. */
  Inputs() {
    this(Settings.DEFAULTS.maxChars());
  }

  /**
   * Inputs for articles coded up to {@code maxChars}: a plain-text file of more than four bytes
   * (the most a character takes) for each character of ten times that is refused as
   * {@code too_long} without being read, as the coder would refuse its text (and a file of
   * gigabytes would not fit in memory).
   */
  Inputs(int maxChars) {
    this.maxTextBytes = 4L * InputCheck.REFUSE_FACTOR * maxChars;
  }

  /** Decoded text, and what was wrong with its bytes (null when nothing). */
  record Decoded(String text, ArticleError problem) {
    boolean replaced() {
      return problem != null;
    }
  }

  /** Decodes a whole file or input: UTF-8, or UTF-16/UTF-32 after their byte order mark. */
  static Decoded decode(byte[] bytes) {
    ByteOrderMark mark = ByteOrderMark.of(bytes);
    Charset cs = mark == null ? StandardCharsets.UTF_8 : mark.charset();
    int skip = mark == null ? 0 : mark.length();
    return decode(bytes, skip, bytes.length - skip, cs);
  }

  private static Decoded decode(byte[] bytes, int from, int length, Charset cs) {
    try {
      String s = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, length)).toString();
      return new Decoded(s, null);
    } catch (CharacterCodingException e) {
      String s = new String(bytes, from, length, cs);
      return new Decoded(s, cs == StandardCharsets.UTF_8
          ? new ArticleError("invalid_utf8", "the input is not valid UTF-8; bad bytes were replaced with U+FFFD")
          : new ArticleError("invalid_encoding", "the input is not valid " + cs.name()
              + " (as its byte order mark says); bad bytes were replaced with U+FFFD"));
    }
  }

  /** One line of a JSONL input, with its number and what was wrong with its bytes. */
  record Line(int number, String text, ArticleError problem) {}

  /** The lines of a JSONL input: UTF-8 decoded line by line, or a whole UTF-16/UTF-32 text. */
  static List<Line> lines(byte[] bytes) {
    List<Line> out = new ArrayList<>();
    if (ByteOrderMark.wide(bytes)) {
      Decoded d = decode(bytes);
      split(d.text(), d.problem(), out);
      return out;
    }
    ByteOrderMark mark = ByteOrderMark.of(bytes);
    int start = mark == null ? 0 : mark.length();
    for (int i = start; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        if (i > start || i < bytes.length) {
          Decoded d = decode(bytes, start, i - start, StandardCharsets.UTF_8);
          split(d.text(), d.problem(), out);
        }
        start = i + 1;
      }
    }
    return out;
  }

  /** Splits decoded text at CR LF, LF and lone CR (JSON strings cannot hold a raw one), numbering the lines. */
  private static void split(String text, ArticleError problem, List<Line> out) {
    if (text.isEmpty()) {
      out.add(new Line(out.size() + 1, "", problem));
      return;
    }
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        if (i < text.length() || i > start) {
          String line = text.substring(start, i);
          out.add(new Line(out.size() + 1, line.startsWith("\uFEFF") ? line.substring(1) : line, problem));
        }
        if (i + 1 < text.length() && text.charAt(i) == '\r' && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
  }

  /** Reads one path ({@code -} for standard input) into batch items. */
  List<BatchCoder.Item> read(String path, LocalDate date, CodedArticleFailures failures) throws IOException {
    byte[] bytes;
    String name;
    if (path.equals("-")) {
      try (InputStream in = System.in) {
        bytes = in.readAllBytes();
      }
      name = "stdin";
    } else {
      Path p = Path.of(path);
      if (!Files.isRegularFile(p)) {
        throw new IOException("no such file: " + path);
      }
      name = p.getFileName().toString().replaceFirst("\\.[^.]+$", "");
      long size = Files.size(p);
      if (!isJsonl(path) && size > maxTextBytes) {
        return List.of(BatchCoder.Item.failed(failures.failed(Article.of(name, date, ""), new ArticleError("too_long",
            String.format(Locale.ROOT, "the file has %,d bytes, too many for %,d characters (%d times the %,d "
                + "that are coded) even at four bytes each: it is not one article and was not read", size,
                maxTextBytes / 4, InputCheck.REFUSE_FACTOR, maxTextBytes / 4 / InputCheck.REFUSE_FACTOR)))));
      }
      bytes = Files.readAllBytes(p);
    }
    boolean jsonl = isJsonl(path) || (path.equals("-") && decode(bytes).text().stripLeading().startsWith("{"));
    if (!jsonl) {
      Decoded d = decode(bytes);
      BatchCoder.Item item = BatchCoder.Item.of(Article.of(name, date, d.text()));
      return List.of(d.replaced() ? item.withWarning(d.problem()) : item);
    }
    return jsonLines(lines(bytes), path, name, date, failures);
  }

  private static boolean isJsonl(String path) {
    return path.endsWith(".jsonl") || path.endsWith(".json");
  }

  private List<BatchCoder.Item> jsonLines(List<Line> lines, String path, String name, LocalDate date,
      CodedArticleFailures failures) {
    List<BatchCoder.Item> out = new ArrayList<>();
    // the line that first used each id, and its article (null when that line failed)
    Map<String, Integer> firstLine = new HashMap<>();
    Map<String, Article> firstArticle = new HashMap<>();
    for (Line line : lines) {
      if (line.text().isBlank()) {
        continue;
      }
      int n = line.number();
      String fallback = name + ":" + n;
      ArticleReader.Result r = reader.read(line.text(), fallback);
      String id = r.ok() ? r.article().id() : r.id();
      boolean ownId = !id.equals(fallback);
      if (ownId && firstLine.containsKey(id) && !sameText(r.article(), firstArticle.get(id))) {
        out.add(BatchCoder.Item.failed(failures.failed(Article.of(fallback, null, ""), new ArticleError("duplicate_id",
            "line " + n + " of " + path + ": the id \"" + id + "\" is used by line " + firstLine.get(id)
                + " already; ids must be unique within a file"))));
        continue;
      }
      if (ownId && !firstLine.containsKey(id)) {
        firstLine.put(id, n);
        firstArticle.put(id, r.article());
      }
      if (r.ok()) {
        Article a = r.article();
        if (a.date() == null && date != null) {
          a = new Article(a.id(), date, a.title(), a.url(), a.source(), a.text());
        }
        BatchCoder.Item item = BatchCoder.Item.of(a);
        out.add(line.problem() != null ? item.withWarning(line.problem()) : item);
      } else {
        Article stub = Article.of(r.id(), null, "");
        out.add(BatchCoder.Item.failed(failures.failed(stub, new ArticleError(r.code(),
            "line " + n + " of " + path + ": " + r.message()))));
      }
    }
    return out;
  }

  /** True when both lines were read and hold the same text, as the store tells texts apart. */
  private static boolean sameText(Article a, Article b) {
    return a != null && b != null && ContentHash.of(a).equals(ContentHash.of(b));
  }

  /** Makes failed coded articles with the coder's provenance. */
  interface CodedArticleFailures {
    CodedArticle failed(Article article, ArticleError error);
  }
}
