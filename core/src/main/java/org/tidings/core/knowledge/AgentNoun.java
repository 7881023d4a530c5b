package org.tidings.core.knowledge;

/**
 * A noun or modifier that gives an actor its sector ("commander" MIL, "separatist" REB).
 *
 * @param rank the highest rank among the terms of one phrase wins
 * @param person true for words that name people or bodies that act
 */
public record AgentNoun(String term, String sector, int rank, boolean person) {}
