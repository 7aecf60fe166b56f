package dev.tidemark.runtime;

import dev.tidemark.runtime.internal.catalog.SchemaComparison;
import dev.tidemark.runtime.schema.Schema;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The live catalog held against the snapshot of the revision the history says the database is at.
 *
 * @param schema the managed schema
 * @param revision the revision whose snapshot was expected, or {@code null} for the base (empty)
 * @param differences each difference, by table and object name
 */
public record DriftReport(String schema, String revision, List<Drift> differences) {

  public DriftReport {
    differences = List.copyOf(differences);
  }

  /**
   * Each difference of {@code actual} from {@code expected}, both read from a database
   * ({@link Migrator#readSchema()}, {@link Tidemark#readSchema}): a schema built from the model
   * writes types, defaults and checks in Tidemark's form, not the server's, and would not compare
   * equal. The report names {@code expected}'s schema and no revision.
   */
  public static DriftReport compare(Schema expected, Schema actual) {
    return new DriftReport(expected.name(), null, SchemaComparison.between(expected, actual));
  }

  public boolean clean() {
    return differences.isEmpty();
  }

  /** The differences of one kind, for code that acts on them. */
  public List<Drift> of(Drift.Kind kind) {
    return differences.stream().filter(drift -> drift.kind() == kind).toList();
  }

  /** A few lines for a log or a console. */
  public String summary() {
    String at = revision == null ? "base" : revision;
    if (clean()) {
      return "schema " + schema + " matches revision " + at;
    }
    return differences.stream().map(drift -> "  " + drift.describe()).collect(Collectors.joining("\n",
        "schema " + schema + " has drifted from revision " + at + " (" + differences.size() + " difference(s)):\n",
        ""));
  }
}
