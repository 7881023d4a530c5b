/**
 * Knowledge files: countries, people with dated offices, organisations, agent nouns, seats of
 * power, places, the event dictionary, CAMEO codes and modality cues. Each is a readable TSV
 * under {@code tidings/knowledge/} on the class path, checked on load; see docs/knowledge.md.
 */
package org.tidings.core.knowledge;
