package org.tidings.core.knowledge;

import java.util.List;

/** A seat of power that stands for an actor: "the Kremlin" for Russia's government. */
public record Metonym(List<String> terms, String code, String place) {}
