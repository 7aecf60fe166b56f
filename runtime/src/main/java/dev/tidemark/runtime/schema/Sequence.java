package dev.tidemark.runtime.schema;

/**
 * A {@code bigint} sequence, as Hibernate creates one for a sequence-generated identifier.
 *
 * @param name the sequence name
 * @param start the first value ({@code start with})
 * @param increment the step ({@code increment by}); Hibernate uses the allocation size
 */
public record Sequence(String name, long start, long increment) {

  public Sequence {
    PostgresNames.requireName(name, "sequence name");
    if (increment == 0) {
      throw new IllegalArgumentException("sequence " + name + " has increment 0");
    }
  }

  public static Sequence sequence(String name, long start, long increment) {
    return new Sequence(name, start, increment);
  }
}
