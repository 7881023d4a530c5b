package org.tidings.core.knowledge;

/**
 * One surface form in the name index and what it names.
 *
 * @param value a {@link Country}, the canonical person name, an {@link Organisation}, a
 *     {@link Metonym} or a {@link GazetteerEntry}, by kind
 */
public record NameEntry(String form, Kind kind, Object value) {

  /** What kind of thing a form names. */
  public enum Kind {
    PERSON, COUNTRY, DEMONYM, CAPITAL, METONYM, ORGANISATION, DESCRIPTION, PLACE
  }

  public Country country() {
    return (Country) value;
  }

  public String personName() {
    return (String) value;
  }

  public Organisation organisation() {
    return (Organisation) value;
  }

  public Metonym metonym() {
    return (Metonym) value;
  }

  public GazetteerEntry place() {
    return (GazetteerEntry) value;
  }
}
