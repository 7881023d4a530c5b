package org.tidings.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * What produced a coding: the Tidings version and each knowledge file with its version and
 * content hash.
 */
public record Provenance(String tidingsVersion, Map<String, String> knowledge) {

  /** One short id for the whole set of knowledge files, recorded on every event. */
  public String knowledgeId() {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      new TreeMap<>(knowledge).forEach((file, stamp) -> d.update((file + "=" + stamp + "\n")
          .getBytes(StandardCharsets.UTF_8)));
      return "k" + HexFormat.of().formatHex(d.digest(), 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
