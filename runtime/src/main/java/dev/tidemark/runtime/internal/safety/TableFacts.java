package dev.tidemark.runtime.internal.safety;

/**
 * What the safety review may know about the data: the processor knows nothing, the migrator can
 * ask the database. A rule that depends on data assumes the worst when nothing is known.
 */
@FunctionalInterface
public interface TableFacts {

  /** Nothing known: every table may hold rows. */
  TableFacts UNKNOWN = table -> true;

  /** Whether {@code table} (of the managed schema) may hold rows. */
  boolean mayHaveRows(String table);
}
