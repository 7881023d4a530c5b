package org.tidings.core.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * A knowledge file as read from the class path: its header is checked against the expected
 * columns, comment and blank lines are skipped, and every row keeps its line number for error
 * messages and provenance.
 */
public final class TsvTable {
  private final String file;
  private final String version;
  private final String sha;
  private final List<Row> rows;

  private TsvTable(String file, String version, String sha, List<Row> rows) {
    this.file = file;
    this.version = version;
    this.sha = sha;
    this.rows = rows;
  }

  /** Loads {@code tidings/knowledge/NAME} and checks its header. */
  public static TsvTable load(String name, List<String> header) {
    String path = "tidings/knowledge/" + name;
    byte[] bytes;
    try (InputStream in = TsvTable.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new KnowledgeException(name + ": not found on the class path (" + path + ")");
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new KnowledgeException(name + ": cannot be read: " + e.getMessage(), e);
    }
    return parse(name, bytes, header);
  }

  static TsvTable parse(String name, byte[] bytes, List<String> header) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new KnowledgeException(name + ": not valid UTF-8");
    }
    String[] lines = text.split("\r?\n", -1);
    String version = "0";
    List<Row> rows = new ArrayList<>();
    boolean seenHeader = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int lineNo = i + 1;
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        String c = line.substring(1).trim();
        if (c.startsWith("version:")) {
          version = c.substring("version:".length()).trim();
        }
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (!seenHeader) {
        List<String> got = Arrays.stream(cells).map(String::trim).toList();
        if (!got.equals(header)) {
          throw new KnowledgeException(name + ":" + lineNo + ": header must be " + String.join(" TAB ", header)
              + " but is " + String.join(" TAB ", got));
        }
        seenHeader = true;
        continue;
      }
      if (cells.length != header.size()) {
        throw new KnowledgeException(name + ":" + lineNo + ": expected " + header.size() + " columns, found "
            + cells.length);
      }
      for (int c = 0; c < cells.length; c++) {
        cells[c] = cells[c].trim();
      }
      rows.add(new Row(name, lineNo, header, cells));
    }
    if (!seenHeader) {
      throw new KnowledgeException(name + ": no header line");
    }
    return new TsvTable(name, version, sha(bytes), List.copyOf(rows));
  }

  private static String sha(byte[] bytes) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public String file() {
    return file;
  }

  public String version() {
    return version;
  }

  /** Version and content hash, as recorded in provenance: {@code v1:3fa2c0d1e9b4}. */
  public String stamp() {
    return "v" + version + ":" + sha;
  }

  public List<Row> rows() {
    return rows;
  }

  /** One data row. */
  public static final class Row {
    private final String file;
    private final int line;
    private final List<String> header;
    private final String[] cells;

    Row(String file, int line, List<String> header, String[] cells) {
      this.file = file;
      this.line = line;
      this.header = header;
      this.cells = cells;
    }

    public int line() {
      return line;
    }

    /** {@code file:line}, for messages and provenance. */
    public String where() {
      return file + ":" + line;
    }

    public String get(String column) {
      int i = header.indexOf(column);
      if (i < 0) {
        throw new IllegalArgumentException("no column " + column + " in " + file);
      }
      return cells[i];
    }

    public String required(String column) {
      String v = get(column);
      if (v.isEmpty()) {
        throw error(column + " is empty");
      }
      return v;
    }

    /** A {@code |}-separated cell as a list without empty items. */
    public List<String> list(String column) {
      String v = get(column);
      if (v.isEmpty() || v.equals("-")) {
        return List.of();
      }
      return Arrays.stream(v.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public Double decimal(String column) {
      String v = get(column);
      if (v.isEmpty()) {
        return null;
      }
      try {
        return Double.valueOf(v);
      } catch (NumberFormatException e) {
        throw error(column + " is not a number: " + v);
      }
    }

    public int integer(String column, int fallback) {
      String v = get(column);
      if (v.isEmpty()) {
        return fallback;
      }
      try {
        return Integer.parseInt(v);
      } catch (NumberFormatException e) {
        throw error(column + " is not a whole number: " + v);
      }
    }

    public KnowledgeException error(String message) {
      return new KnowledgeException(where() + ": " + message);
    }
  }
}
