package org.tidings.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tidings.core.json.ArticleReader;
import org.tidings.core.model.Article;
import org.tidings.core.model.ArticleError;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.pipeline.BatchCoder;

/**
 * Reads what {@code tidings code} is given: a plain-text article, a JSONL file of articles, or
 * standard input (either form). Bytes that are not UTF-8 are replaced and the article says so;
 * a line that cannot be read becomes a failed article with its reason.
 */
final class Inputs {
  private final ArticleReader reader = new ArticleReader();

  /** Decoded text, and whether bytes had to be replaced. */
  record Decoded(String text, boolean replaced) {}

  static Decoded decode(byte[] bytes) {
    int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    try {
      String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
      return new Decoded(s, false);
    } catch (CharacterCodingException e) {
      return new Decoded(new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8), true);
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
      bytes = Files.readAllBytes(p);
      name = p.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    }
    Decoded d = decode(bytes);
    boolean jsonl = path.endsWith(".jsonl") || path.endsWith(".json")
        || (path.equals("-") && d.text().stripLeading().startsWith("{"));
    List<BatchCoder.Item> out = new ArrayList<>();
    if (!jsonl) {
      Article a = Article.of(name, date, d.text());
      out.add(d.replaced() ? BatchCoder.Item.of(a).withWarning(invalidUtf8()) : BatchCoder.Item.of(a));
      return out;
    }
    String[] lines = d.text().split("\r?\n");
    int n = 0;
    for (String line : lines) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      ArticleReader.Result r = reader.read(line, name + ":" + n);
      if (r.ok()) {
        Article a = r.article();
        if (a.date() == null && date != null) {
          a = new Article(a.id(), date, a.title(), a.url(), a.source(), a.text());
        }
        out.add(d.replaced() ? BatchCoder.Item.of(a).withWarning(invalidUtf8()) : BatchCoder.Item.of(a));
      } else {
        Article stub = Article.of(r.id(), null, "");
        out.add(BatchCoder.Item.failed(failures.failed(stub, new ArticleError(r.code(),
            "line " + n + " of " + path + ": " + r.message()))));
      }
    }
    return out;
  }

  private static ArticleError invalidUtf8() {
    return new ArticleError("invalid_utf8", "the input is not valid UTF-8; bad bytes were replaced with U+FFFD");
  }

  /** Makes failed coded articles with the coder's provenance. */
  interface CodedArticleFailures {
    CodedArticle failed(Article article, ArticleError error);
  }
}
