package org.tidings.core.knowledge;

/** A knowledge file is missing or has a bad row; the message names the file and line. */
public final class KnowledgeException extends RuntimeException {
  public KnowledgeException(String message) {
    super(message);
  }

  public KnowledgeException(String message, Throwable cause) {
    super(message, cause);
  }
}
