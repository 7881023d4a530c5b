package org.tidings.core.knowledge;

import java.util.List;

/**
 * Known names found in a sentence: tokens {@code start} (inclusive) to {@code end} (exclusive),
 * with every entry of that form.
 */
public record NameMatch(int start, int end, List<NameEntry> entries) {

  public boolean has(NameEntry.Kind kind) {
    return entries.stream().anyMatch(e -> e.kind() == kind);
  }

  public NameEntry first(NameEntry.Kind kind) {
    return entries.stream().filter(e -> e.kind() == kind).findFirst().orElse(null);
  }
}
