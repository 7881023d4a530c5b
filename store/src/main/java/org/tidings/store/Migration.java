package org.tidings.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One schema migration: a {@code V<n>__<name>.sql} resource, applied once.
 *
 * @param version the number after {@code V}
 * @param name the file name
 * @param sql its statements, separated by semicolons at line ends
 */
public record Migration(int version, String name, String sql) {
  private static final Pattern NAME = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

  /** A migration from its file name and text; the version comes from the name. */
  public static Migration of(String name, String sql) {
    Matcher m = NAME.matcher(name);
    if (!m.matches()) {
      throw new IllegalArgumentException("a migration is named V<n>__<words>.sql, not " + name);
    }
    return new Migration(Integer.parseInt(m.group(1)), name, sql);
  }

  /** The statements, without comment lines. */
  public List<String> statements() {
    StringBuilder body = new StringBuilder();
    for (String line : sql.split("\r?\n")) {
      if (!line.strip().startsWith("--")) {
        body.append(line).append('\n');
      }
    }
    List<String> out = new ArrayList<>();
    for (String s : body.toString().split(";\\s*\n")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }
}
