package org.tidings.core.model;

/**
 * A coded actor: CAMEO-style code, its country and sector parts, and the canonical name of a
 * known entity (null when the actor is known only by description).
 *
 * @param code e.g. {@code FRAGOV}, {@code NATO}, {@code WST}
 * @param country ISO3 country, or null for organisations and regions
 * @param sector sector code such as {@code GOV}, or null
 */
public record Actor(String code, String country, String sector, String name) {

  public static Actor of(String country, String sector, String name) {
    String code = country + (sector == null ? "" : sector);
    return new Actor(code, country, sector, name);
  }

  /** An organisation or region actor ({@code NATO}, {@code WST}). */
  public static Actor organisation(String code, String name) {
    return new Actor(code, null, null, name);
  }

  /** The part the scoring compares: the country, else the whole organisation code. */
  public String countryOrCode() {
    return country != null ? country : code;
  }

  public Actor withSector(String newSector) {
    if (country == null) {
      return this;
    }
    return new Actor(country + (newSector == null ? "" : newSector), country, newSector, name);
  }

  public Actor withName(String newName) {
    return new Actor(code, country, sector, newName);
  }
}
