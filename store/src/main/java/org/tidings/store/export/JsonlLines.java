package org.tidings.store.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.tidings.store.ExportedEvent;

/**
 * One event per line: the stored event in the FORMAT.md shape (the JSON {@code tidings code}
 * wrote), with {@code article_id} and {@code publisher} added.
 */
final class JsonlLines implements EventLines {
  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public void write(ExportedEvent e, Appendable out) throws IOException {
    ObjectNode n = (ObjectNode) mapper.readTree(e.event().json());
    n.put("article_id", e.event().articleId());
    n.put("publisher", e.event().publisher());
    out.append(mapper.writeValueAsString(n)).append('\n');
  }
}
