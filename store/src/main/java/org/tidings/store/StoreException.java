package org.tidings.store;

/**
 * A problem with the store that a person can act on: the file is locked by another process, was
 * written by a newer Tidings, or cannot be read. Its message is meant to be shown as it is.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
