package org.tidings.core.model;

import java.util.Map;

/**
 * What produced a coding: the Tidings version and each knowledge file with its version and
 * content hash.
 */
public record Provenance(String tidingsVersion, Map<String, String> knowledge) {}
