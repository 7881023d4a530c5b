package org.tidings.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tidings.core.json.ArticleReader;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.pipeline.BatchCoder;
import org.tidings.core.pipeline.Settings;
import org.tidings.core.pipeline.TidingsCoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tidings code}: codes articles and writes events, quotes, actors and times. */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = "Code articles: a plain-text file, a JSONL file of articles, or - for standard input.")
final class CodeCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Articles: .txt (one article), .jsonl, or -")
  List<String> files;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for plain text (and JSON lines without one)")
  String date;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "json (one coded article per line), tsv (one event per line) or text (for people). "
          + "Default: text on a terminal, json otherwise")
  Format format;

  @Option(names = "--threads", description = "Coding threads (default: all cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin
  CodingOptions coding = new CodingOptions();

  @Override
  public Integer call() throws IOException {
    LocalDate published = null;
    if (date != null) {
      try {
        published = new ArticleReader().date(date);
      } catch (IllegalArgumentException e) {
        System.err.println("tidings code: --date: " + e.getMessage());
        return 2;
      }
    }
    Settings settings = coding.settings("code", System.err);
    if (settings == null) {
      return 2;
    }
    Format out = format != null ? format : System.console() != null ? Format.text : Format.json;
    TidingsCoder coder = TidingsCoder.standard(settings);
    Inputs inputs = new Inputs(settings.maxChars());
    List<BatchCoder.Item> items = new ArrayList<>();
    for (String f : files) {
      try {
        items.addAll(inputs.read(f, published, (a, e) -> CodedArticle.failed(a, e, coder.provenance())));
      } catch (IOException e) {
        System.err.println("tidings code: " + e.getMessage());
        return 2;
      }
    }
    PrintWriter w = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
    Writers.Writer writer = Writers.of(out, w);
    int[] failed = {0};
    try (BatchCoder batch = new BatchCoder(coder, Math.max(1, threads), coding.budgetMillis())) {
      writer.begin();
      batch.run(items.iterator(), c -> {
        if (c.events().isEmpty() && !c.errors().isEmpty() && c.mentions().isEmpty()) {
          failed[0]++;
          System.err.println("tidings code: article " + c.article().id() + ": " + c.errors().get(0).code() + ": "
              + c.errors().get(0).message());
        }
        writer.write(c);
        w.flush();
      });
    } catch (UncheckedIOException e) {
      System.err.println("tidings code: cannot write: " + e.getMessage());
      return 1;
    }
    w.flush();
    return failed[0] > 0 && failed[0] == items.size() ? 1 : 0;
  }

  /** Output formats. */
  enum Format { json, tsv, text }
}
