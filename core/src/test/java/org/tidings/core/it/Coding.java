package org.tidings.core.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

/** One real coder (CoreNLP models, shipped knowledge) shared by the model-backed tests of a class. */
final class Coding {
  final Knowledge knowledge = Knowledge.load();
  final TidingsCoder coder = new TidingsCoder(knowledge, new CoreNlpAnnotator(Settings.DEFAULTS.maxParseTokens()),
      Settings.DEFAULTS);
  final Scorer scorer = new Scorer(knowledge.countries().all().stream().map(Country::iso3).collect(Collectors.toSet()));
  final ObjectMapper mapper = new ObjectMapper();
  final CodedArticleJson json = new CodedArticleJson();

  JsonNode resource(String path) {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return mapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonNode code(JsonNode gold) {
    Article a = new Article(gold.path("id").asText(), ArticleReader.parseDate(gold.path("date").asText()),
        gold.path("title").asText(null), null, null, gold.path("text").asText());
    return json.tree(coder.code(a));
  }

  Score score(String goldPath) {
    JsonNode gold = resource(goldPath);
    return scorer.score(gold, code(gold));
  }

  /** The summed score of several gold files of one folder ("places", "p01", "p02", ...). */
  Score scoreAll(String folder, java.util.List<String> names) {
    Score total = Score.empty();
    for (String n : names) {
      total = total.plus(score(folder + "/" + n + ".json"));
    }
    return total;
  }
}
