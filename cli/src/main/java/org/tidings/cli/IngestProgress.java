package org.tidings.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar (articles/s and time left) on a terminal; nothing at all otherwise. */
final class IngestProgress implements AutoCloseable {
  private final ProgressBar bar;

  private IngestProgress(ProgressBar bar) {
    this.bar = bar;
  }

  /** A bar over {@code total} articles when standard error is a terminal and {@code show} is set. */
  static IngestProgress of(long total, boolean show) {
    if (!show || total == 0 || System.console() == null) {
      return new IngestProgress(null);
    }
    return new IngestProgress(new ProgressBarBuilder().setTaskName("Coding").setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).showSpeed().setUpdateIntervalMillis(500)
        .build());
  }

  void step() {
    if (bar != null) {
      bar.step();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
