package org.tidings.store.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * ISO 3166-1 alpha-3 country codes to the FIPS 10-4 codes GDELT writes in its geographic
 * fields (UKR is UP, RUS is RS, DEU is GM), with each country's name, from
 * {@code tidings/store/export/fips.tsv}.
 */
final class FipsCodes {
  static final String RESOURCE = "tidings/store/export/fips.tsv";

  /** One country: its FIPS code and name. */
  record Country(String fips, String name) {}

  private final Map<String, Country> byIso3;

  FipsCodes(Map<String, Country> byIso3) {
    this.byIso3 = Map.copyOf(byIso3);
  }

  static FipsCodes fromClassPath() {
    Map<String, Country> m = new HashMap<>();
    try (InputStream in = FipsCodes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("iso3\t")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 3 || f[1].length() != 2) {
          throw new IllegalStateException(RESOURCE + ": bad line \"" + line + "\"");
        }
        m.put(f[0], new Country(f[1], f[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new FipsCodes(m);
  }

  /** The country of ISO3 code {@code iso3}, or null when unknown (or null). */
  Country of(String iso3) {
    return iso3 == null ? null : byIso3.get(iso3);
  }

  int size() {
    return byIso3.size();
  }
}
