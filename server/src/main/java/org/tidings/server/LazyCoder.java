package org.tidings.server;

import java.util.function.Supplier;
import org.tidings.core.model.Article;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.model.Provenance;
import org.tidings.core.pipeline.Settings;
import org.tidings.core.pipeline.TidingsCoder;

/**
 * The standard coder ({@code TidingsCoder.standard(Settings.DEFAULTS)}), made on the first article
 * posted and kept: loading its models takes seconds and about a gigabyte, which a server that
 * only reads never needs.
 */
public final class LazyCoder implements ArticleCoder {
  private final Supplier<TidingsCoder> factory;
  private volatile TidingsCoder coder;

  public LazyCoder() {
    this(() -> TidingsCoder.standard(Settings.DEFAULTS));
  }

  LazyCoder(Supplier<TidingsCoder> factory) {
    this.factory = factory;
  }

  @Override
  public CodedArticle code(Article article) {
    return coder().code(article);
  }

  @Override
  public Provenance provenance() {
    return coder().provenance();
  }

  private TidingsCoder coder() {
    TidingsCoder c = coder;
    if (c == null) {
      synchronized (this) {
        c = coder;
        if (c == null) {
          c = factory.get();
          coder = c;
        }
      }
    }
    return c;
  }

  /** True once the models are loaded. */
  @Override
  public boolean loaded() {
    return coder != null;
  }
}
