package org.tidings.store;

/**
 * An actor code with the events it takes part in.
 *
 * @param name a canonical name stored with the code, or null
 * @param asSource events it is the source of
 * @param asTarget events it is the target of
 */
public record ActorCount(String code, String name, String country, String sector, long asSource, long asTarget) {
  public long events() {
    return asSource + asTarget;
  }
}
