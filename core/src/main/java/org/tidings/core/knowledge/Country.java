package org.tidings.core.knowledge;

import java.util.List;

/** A state, with the names, demonyms and capital by which news refers to it. */
public record Country(
    String iso3,
    String iso2,
    String name,
    List<String> aliases,
    List<String> demonyms,
    String capital,
    List<String> capitalAliases,
    double capitalLat,
    double capitalLon,
    double lat,
    double lon) {}
