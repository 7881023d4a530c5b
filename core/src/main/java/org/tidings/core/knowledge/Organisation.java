package org.tidings.core.knowledge;

import java.util.List;

/**
 * An organisation, region or non-state group.
 *
 * @param kind {@code igo}, {@code region}, {@code group} or {@code ngo}
 * @param country home country of a group, else null
 * @param descriptions lower-case phrases that refer back to it ("the alliance")
 */
public record Organisation(String code, String name, List<String> aliases, List<String> descriptions, String kind,
    String country) {}
