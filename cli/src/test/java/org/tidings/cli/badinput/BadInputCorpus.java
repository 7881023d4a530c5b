package org.tidings.cli.badinput;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The bad-input corpus of issue 8, written into a folder at test time: the hand-made fixtures of
 * {@code bad-input/} (test resources, listed with their outcomes in {@code bad-input/cases.tsv})
 * under {@code fixtures/}, and the generated cases (see {@link TextCases}, {@link MarkupCases},
 * {@link JsonLineCases}) in a folder per category. Give the folder to {@code tidings ingest}
 * with {@code --date} {@link #DATE} and {@code --max-chars} {@link #MAX_CHARS}.
 *
 * @param root the folder it was written to
 * @param cases every case, each with its expected outcome
 */
public record BadInputCorpus(Path root, List<Case> cases) {
  /** The publication date for articles that give none. */
  public static final LocalDate DATE = LocalDate.of(2022, 2, 8);
  /** Articles are coded up to this many characters: the slow article is coded whole, the 20 MB one refused. */
  public static final int MAX_CHARS = 300_000;
  /** Words hidden in scripts, styles and comments: no stored text may hold them. */
  public static final String HIDDEN = MarkupCases.HIDDEN;
  /** The category of the good articles, which must be coded with events. */
  public static final String GOOD = "good";
  private static final String RESOURCES = "/bad-input/";

  /** Writes the whole corpus under {@code root} (an existing, empty folder). */
  public static BadInputCorpus write(Path root) throws IOException {
    CorpusWriter out = new CorpusWriter(root);
    fixtures(out);
    new TextCases(out).writeAll();
    new MarkupCases(out).writeAll();
    new JsonLineCases(out).writeAll();
    return new BadInputCorpus(root, out.cases());
  }

  private static void fixtures(CorpusWriter out) throws IOException {
    String manifest = new String(resource("cases.tsv"), StandardCharsets.UTF_8);
    for (String row : manifest.split("\n")) {
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] cols = row.split("\t");
      if (cols.length != 3) {
        throw new IllegalStateException("cases.tsv: three columns expected: " + row);
      }
      String file = cols[0];
      Path target = out.root().resolve("fixtures").resolve(file);
      if (!Files.exists(target)) {
        Files.createDirectories(target.getParent());
        Files.write(target, resource(file));
      }
      String category = file.startsWith(GOOD + "/") ? GOOD : "fixtures";
      out.add(new Case("fixtures/" + file + "#" + cols[1], category, target, cols[1], Expected.parse(cols[2])));
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = BadInputCorpus.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IOException("no test resource " + RESOURCES + name);
      }
      return in.readAllBytes();
    }
  }

  /** The cases that match. */
  public List<Case> where(Predicate<Case> p) {
    return cases.stream().filter(p).toList();
  }

  /** How many cases each category has, by name. */
  public Map<String, Integer> countByCategory() {
    Map<String, Integer> out = new TreeMap<>();
    cases.forEach(c -> out.merge(c.category(), 1, Integer::sum));
    return out;
  }

  /** How many cases expect each outcome ({@code stored}, {@code failed:empty_text}, ...). */
  public Map<String, Integer> countByExpected() {
    Map<String, Integer> out = new TreeMap<>();
    cases.forEach(c -> out.merge(c.expected().toString(), 1, Integer::sum));
    return out;
  }

  /** The cases with the file each is in, for a report. */
  public List<String> describe() {
    List<String> out = new ArrayList<>();
    for (Case c : cases) {
      out.add(c.name() + "\t" + c.expected());
    }
    return out;
  }
}
