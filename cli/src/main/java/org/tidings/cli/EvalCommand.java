package org.tidings.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.tidings.core.eval.Score;
import org.tidings.core.eval.Scorer;
import org.tidings.core.json.ArticleReader;
import org.tidings.core.json.CodedArticleJson;
import org.tidings.core.knowledge.Country;
import org.tidings.core.knowledge.Knowledge;
import org.tidings.core.model.Article;
import org.tidings.core.nlp.CoreNlpAnnotator;
import org.tidings.core.pipeline.Settings;
import org.tidings.core.pipeline.TidingsCoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tidings eval}: scores a coding against gold files, as FORMAT.md section 4 defines. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score coded output against gold files (FORMAT.md section 4).")
final class EvalCommand implements Callable<Integer> {

  @Parameters(paramLabel = "GOLD", arity = "1..*", description = "Gold JSON files")
  List<Path> golds;

  @Option(names = "--system", paramLabel = "OUTPUT.jsonl",
      description = "Coded output to score (default: code each gold article's text now)")
  Path system;

  @Option(names = "--misses", description = "List what did not match")
  boolean misses;

  @Option(names = "--json", description = "Print the figures as one JSON object")
  boolean json;

  @Override
  public Integer call() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Knowledge knowledge = Knowledge.load();
    Scorer scorer = new Scorer(knowledge.countries().all().stream().map(Country::iso3).collect(Collectors.toSet()));
    Map<String, JsonNode> given = new HashMap<>();
    if (system != null) {
      for (String line : Files.readAllLines(system)) {
        if (!line.isBlank()) {
          JsonNode n = mapper.readTree(line);
          given.put(n.path("id").asText(), n);
        }
      }
    }
    TidingsCoder coder = system == null
        ? new TidingsCoder(knowledge, new CoreNlpAnnotator(Settings.DEFAULTS.maxParseTokens()), Settings.DEFAULTS)
        : null;
    CodedArticleJson writer = new CodedArticleJson();
    Score total = Score.empty();
    for (Path g : golds) {
      JsonNode gold;
      try {
        gold = mapper.readTree(Files.readString(g));
      } catch (IOException e) {
        System.err.println("tidings eval: " + g + ": " + e.getMessage());
        return 2;
      }
      String id = gold.path("id").asText();
      JsonNode out;
      if (coder != null) {
        Article a = new Article(id, gold.hasNonNull("date") ? ArticleReader.parseDate(gold.path("date").asText())
            : null, gold.path("title").asText(null), null, null, gold.path("text").asText());
        out = writer.tree(coder.code(a));
      } else {
        out = given.get(id);
        if (out == null) {
          System.err.println("tidings eval: no coded article with id " + id + " in " + system);
          out = mapper.createObjectNode();
        }
      }
      Score s = scorer.score(gold, out);
      if (!json) {
        System.out.println(line(g.getFileName().toString(), s));
      }
      total = total.plus(s);
    }
    if (json) {
      System.out.println(mapper.writeValueAsString(figures(mapper, total)));
    } else {
      if (golds.size() > 1) {
        System.out.println(line("ALL", total));
      }
      System.out.println();
      System.out.println(report(total));
    }
    if (misses) {
      total.misses().forEach(m -> System.out.println("  - " + m));
    }
    return 0;
  }

  private static String line(String name, Score s) {
    return String.format(Locale.ROOT, "%-28s P %.2f  R %.2f  F1 %.2f  (matched %d of %d gold, %d system, %d neutral)",
        name, s.precision(), s.recall(), s.f1(), s.matched(), s.required(), s.system(), s.neutral());
  }

  static String report(Score s) {
    return String.format(Locale.ROOT, """
        events (root + countries)   precision %.2f  recall %.2f  F1 %.2f
        events (full code, sectors) precision %.2f  recall %.2f  F1 %.2f
        dates right                 %s
        places right                %s
        places at gold anchors      country %s, place %s
        forbidden hits              %d
        quotes found                %s
        speakers right              %s
        actor mentions right        %s
        times right                 %s""",
        s.precision(), s.recall(), s.f1(), s.precisionFull(), s.recallFull(), s.f1Full(), s.dates(), s.places(),
        s.anchorCountries(), s.anchorPlaces(), s.forbiddenHits(), s.quotesFound(), s.speakers(), s.actors(), s.times());
  }

  private static ObjectNode figures(ObjectMapper m, Score s) {
    ObjectNode n = m.createObjectNode();
    n.put("precision", s.precision());
    n.put("recall", s.recall());
    n.put("f1", s.f1());
    n.put("precision_full", s.precisionFull());
    n.put("recall_full", s.recallFull());
    n.put("f1_full", s.f1Full());
    n.put("matched", s.matched());
    n.put("gold_events", s.required());
    n.put("system_events", s.system());
    n.put("neutral_events", s.neutral());
    n.put("dates", s.dates().toString());
    n.put("places", s.places().toString());
    n.put("anchor_place_countries", s.anchorCountries().toString());
    n.put("anchor_places", s.anchorPlaces().toString());
    n.put("forbidden_hits", s.forbiddenHits());
    n.put("quotes_found", s.quotesFound().toString());
    n.put("speakers", s.speakers().toString());
    n.put("actors", s.actors().toString());
    n.put("times", s.times().toString());
    return n;
  }
}
