package test.bad.compiled;

import jakarta.persistence.EnumeratedValue;

/** An enum with codes, compiled on its own: another module's class file, as an entity sees it. */
public enum Rating {
  PRIME("AAA"),
  JUNK("CCC");

  @EnumeratedValue
  private final String letters;

  Rating(String letters) {
    this.letters = letters;
  }
}
