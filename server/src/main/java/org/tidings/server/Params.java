package org.tidings.server;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tidings.store.Page;

/**
 * The query parameters of one request, checked before anything is read: only the names an
 * endpoint knows (plus {@code page} and {@code size} where it pages), each given once, none
 * longer than {@value #MAX_LENGTH} characters. Anything else is a 400 that says what is wrong.
 */
final class Params {
  static final List<String> PAGING = List.of("page", "size");
  static final int MAX_SIZE = 500;
  static final int DEFAULT_SIZE = 50;
  static final int MAX_PAGE = 100_000;
  private static final int MAX_LENGTH = 200;
  private final Map<String, String> values;

  private Params(Map<String, String> values) {
    this.values = values;
  }

  /** The parameters of {@code ctx}, refused unless each name is in one of {@code allowed}. */
  @SafeVarargs
  static Params of(Context ctx, List<String>... allowed) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
      String name = e.getKey();
      boolean known = false;
      for (List<String> names : allowed) {
        known |= names.contains(name);
      }
      if (!known) {
        List<String> all = java.util.Arrays.stream(allowed).flatMap(List::stream).toList();
        throw ApiException.badRequest("unknown parameter \"" + shown(name) + "\"; this endpoint takes "
            + (all.isEmpty() ? "none" : String.join(", ", all)));
      }
      if (e.getValue().isEmpty()) {
        throw ApiException.badRequest("parameter " + name + " has a value that is not valid URL encoding");
      }
      if (e.getValue().size() != 1) {
        throw ApiException.badRequest("parameter " + name + " is given " + e.getValue().size() + " times; give it once");
      }
      String v = e.getValue().get(0);
      if (v.length() > MAX_LENGTH) {
        throw ApiException.badRequest("parameter " + name + " is longer than " + MAX_LENGTH + " characters");
      }
      if (v.isBlank()) {
        throw ApiException.badRequest("parameter " + name + " is empty; leave it out or give a value");
      }
      out.put(name, v);
    }
    return new Params(out);
  }

  /** The parameters among {@code names}, for a filter's parse method. */
  Map<String, String> only(List<String> names) {
    Map<String, String> out = new LinkedHashMap<>();
    values.forEach((k, v) -> {
      if (names.contains(k)) {
        out.put(k, v);
      }
    });
    return out;
  }

  String get(String name, String otherwise) {
    return values.getOrDefault(name, otherwise);
  }

  /** {@code name} as a whole number from {@code min} to {@code max}, or {@code otherwise} when absent. */
  int integer(String name, int min, int max, int otherwise) {
    String v = values.get(name);
    if (v == null) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw ApiException.badRequest(name + " must be a whole number from " + min + " to " + max + ", not \""
        + shown(v) + "\"");
  }

  /** {@code name} as {@code true} or {@code false}, or {@code otherwise} when absent. */
  boolean bool(String name, boolean otherwise) {
    String v = values.get(name);
    if (v == null) {
      return otherwise;
    }
    return switch (v.strip()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw ApiException.badRequest(name + " must be true or false, not \"" + shown(v) + "\"");
    };
  }

  int pageNumber() {
    return integer("page", 1, MAX_PAGE, 1);
  }

  int pageSize() {
    return integer("size", 1, MAX_SIZE, DEFAULT_SIZE);
  }

  Page page() {
    int size = pageSize();
    return new Page(size, (long) (pageNumber() - 1) * size);
  }

  static String shown(String v) {
    return v.length() > 40 ? v.substring(0, 40) + "..." : v;
  }
}
