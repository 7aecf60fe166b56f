package dev.tidemark.runtime;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one downgrade did.
 *
 * @param schema the schema downgraded
 * @param reverted the revisions reverted, newest first, each with the time its downgrade took
 * @param head the revision the database is at now, or {@code null} at the base
 * @param elapsed the time the whole call took, waiting for the lock included
 */
public record DowngradeReport(
    String schema, List<MigrationReport.AppliedRevision> reverted, String head, Duration elapsed) {

  public DowngradeReport {
    reverted = List.copyOf(reverted);
  }

  /** A few lines for a log or a console. */
  public String summary() {
    return reverted.stream()
        .map(entry -> String.format("  reverted %-32s %6d ms  %s",
            entry.revision().id(), entry.executionMillis(), entry.revision().description()))
        .collect(Collectors.joining("\n",
            "schema " + schema + ": reverted " + reverted.size() + " revision(s) in " + elapsed.toMillis()
                + " ms, now at " + (head == null ? "base" : head) + "\n", ""));
  }
}
