package dev.tidemark.runtime.diff;

/** A difference between two models that no operation can express yet. */
public final class UnsupportedChangeException extends RuntimeException {

  public UnsupportedChangeException(String message) {
    super(message);
  }
}
