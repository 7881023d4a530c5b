package org.tidings.server;

import java.util.Map;
import org.tidings.core.model.Article;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.model.Provenance;
import org.tidings.core.pipeline.TidingsCoder;

/**
 * Codes one article for the API; the server's is a {@link BudgetedCoder} around a {@link LazyCoder},
 * tests give their own.
 */
@FunctionalInterface
public interface ArticleCoder {
  CodedArticle code(Article article);

  /** True once the coder can code without loading anything first. */
  default boolean loaded() {
    return true;
  }

  /** What a failure recorded on this coder's behalf names as its producer. */
  default Provenance provenance() {
    return new Provenance(TidingsCoder.version(), Map.of());
  }
}
