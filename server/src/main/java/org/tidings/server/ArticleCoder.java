package org.tidings.server;

import org.tidings.core.model.Article;
import org.tidings.core.model.CodedArticle;

/** Codes one article for the API; the server's is {@link LazyCoder}, tests give their own. */
@FunctionalInterface
public interface ArticleCoder {
  CodedArticle code(Article article);
}
