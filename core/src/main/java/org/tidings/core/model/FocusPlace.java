package org.tidings.core.model;

import java.util.List;

/**
 * A place an article names, and everywhere it names it.
 *
 * @param place the place, with the span of its first mention
 * @param spans every mention, in text order
 */
public record FocusPlace(Place place, List<Span> spans) {
  public FocusPlace {
    spans = List.copyOf(spans);
  }

  public int mentions() {
    return spans.size();
  }
}
