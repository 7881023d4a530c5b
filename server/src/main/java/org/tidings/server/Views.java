package org.tidings.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;
import java.util.List;
import org.tidings.store.ActorCount;
import org.tidings.store.StoredEvent;
import org.tidings.store.TimelinePoint;

/**
 * The JSON the API answers with: store records with snake_case field names and ISO dates, events
 * in the shape of FORMAT.md with the article they come from, and the envelope of a page.
 */
final class Views {
  private final ObjectMapper mapper;

  Views() {
    SimpleModule dates = new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance);
    this.mapper = new ObjectMapper().registerModule(dates)
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  }

  ObjectMapper mapper() {
    return mapper;
  }

  String write(JsonNode n) {
    try {
      return mapper.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  JsonNode parse(String json) {
    try {
      return mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON does not parse", e);
    }
  }

  /** A page of {@code items} under {@code key}, with the paging that produced it and the total when known. */
  ObjectNode page(String key, List<?> items, Params params, Long total) {
    ObjectNode root = mapper.createObjectNode();
    root.put("page", params.pageNumber());
    root.put("size", params.pageSize());
    if (total != null) {
      root.put("total", total);
    }
    ArrayNode list = root.putArray(key);
    for (Object item : items) {
      list.add(item instanceof JsonNode n ? n : mapper.valueToTree(item));
    }
    return root;
  }

  /** An event as FORMAT.md writes it, plus {@code article_id}, {@code article_key} and {@code publisher}. */
  ObjectNode event(StoredEvent e) {
    ObjectNode n = mapper.createObjectNode();
    n.put("article_id", e.articleId());
    n.put("article_key", e.articleKey());
    n.put("publisher", e.publisher());
    parse(e.json()).fields().forEachRemaining(f -> n.set(f.getKey(), f.getValue()));
    return n;
  }

  ObjectNode actor(ActorCount a) {
    ObjectNode n = mapper.valueToTree(a);
    n.put("events", a.events());
    return n;
  }

  ObjectNode point(TimelinePoint p) {
    ObjectNode n = mapper.createObjectNode();
    n.put("date", p.start().toString());
    n.put("events", p.events());
    ObjectNode quad = n.putObject("quad_class");
    quad.put("1", p.verbalCooperation());
    quad.put("2", p.materialCooperation());
    quad.put("3", p.verbalConflict());
    quad.put("4", p.materialConflict());
    n.put("mean_goldstein", p.meanGoldstein());
    return n;
  }

  ObjectNode error(String message) {
    return mapper.createObjectNode().put("error", message);
  }
}
