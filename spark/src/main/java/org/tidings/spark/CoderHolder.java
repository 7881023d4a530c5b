package org.tidings.spark;

import org.tidings.core.pipeline.Settings;
import org.tidings.core.pipeline.TidingsCoder;

/**
 * The executor-wide model cache: the one {@link TidingsCoder} of this JVM, built on first use
 * (CoreNLP models and knowledge load once, about 5 s and 1.5 GB) and shared by every task the JVM
 * runs; {@code TidingsCoder} is safe to share between threads. This is the documented exception to
 * the project's rule against static state: Spark gives no per-executor hook, and broadcasting the
 * models would serialise gigabytes. The initialisation-on-demand holder makes the first use
 * thread-safe without locks. In local mode the job's {@code main} starts the load on a thread of its
 * own while Spark starts, since there the driver's JVM is the executor's.
 */
final class CoderHolder {
  private CoderHolder() {}

  /** The coder of this JVM, loading the models the first time it is asked for. */
  static TidingsCoder coder() {
    return Lazy.CODER;
  }

  private static final class Lazy {
    static final TidingsCoder CODER = TidingsCoder.standard(Settings.DEFAULTS);
  }
}
