package org.tidings.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tidings.cli.ingest.FeedArticles;
import org.tidings.cli.ingest.HtmlArticles;
import org.tidings.cli.ingest.SourceKind;
import org.tidings.core.model.Article;
import org.tidings.core.model.ArticleError;
import org.tidings.core.pipeline.BatchCoder;
import org.tidings.core.pipeline.Settings;

/**
 * Turns the files given to {@code tidings ingest} into batch items: plain text and JSONL as
 * {@code tidings code} reads them, HTML pages and feeds with their readers. A file that cannot
 * be read becomes one failed item with its reason, so the batch goes on.
 */
final class IngestSources {
  private final Inputs inputs;
  private final HtmlArticles html = new HtmlArticles();
  private final FeedArticles feeds = new FeedArticles();
  private final Inputs.CodedArticleFailures failures;

  IngestSources(Inputs.CodedArticleFailures failures) {
    this(failures, Settings.DEFAULTS.maxChars());
  }

  /** Sources for articles coded up to {@code maxChars} (plain-text files far longer are refused unread). */
  IngestSources(Inputs.CodedArticleFailures failures, int maxChars) {
    this.failures = failures;
    this.inputs = new Inputs(maxChars);
  }

  /** The items of one file; {@code date} is the publication date of articles that give none. */
  List<BatchCoder.Item> read(Path file, LocalDate date) {
    SourceKind kind = SourceKind.of(file).orElseThrow();
    try {
      return switch (kind) {
        case TEXT, JSONL -> inputs.read(file.toString(), date, failures);
        case HTML -> List.of(BatchCoder.Item.of(html.read(Files.readAllBytes(file), name(file), date)));
        case FEED -> {
          List<BatchCoder.Item> items = new ArrayList<>();
          for (Article a : feeds.read(Files.readAllBytes(file), file.toString())) {
            items.add(BatchCoder.Item.of(a.date() != null || date == null ? a
                : new Article(a.id(), date, a.title(), a.url(), a.source(), a.text())));
          }
          yield items;
        }
      };
    } catch (IOException | RuntimeException e) {
      // keyed by its absolute path: the same broken file is one failure however it was named
      Article stub = Article.of(file.toAbsolutePath().normalize().toString(), null, "");
      return List.of(BatchCoder.Item.failed(failures.failed(stub, new ArticleError("unreadable_file",
          "cannot read " + file + ": " + e.getMessage()))));
    }
  }

  private static String name(Path file) {
    return file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
  }
}
