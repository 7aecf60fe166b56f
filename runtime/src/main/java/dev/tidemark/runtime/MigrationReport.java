package dev.tidemark.runtime;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one upgrade did.
 *
 * @param schema the schema migrated
 * @param revertedDrafts the applied drafts that dev mode reverted first, newest last
 * @param applied the revisions this call applied, in order
 * @param head the revision the database is at now, or {@code null} if it has none
 * @param elapsed the time the whole call took, waiting for the lock included
 */
public record MigrationReport(
    String schema, List<String> revertedDrafts, List<AppliedRevision> applied, String head, Duration elapsed) {

  public MigrationReport {
    revertedDrafts = List.copyOf(revertedDrafts);
    applied = List.copyOf(applied);
  }

  /**
   * One applied revision.
   *
   * @param revision the revision
   * @param executionMillis the time its statements and history row took
   */
  public record AppliedRevision(Revision revision, long executionMillis) {}

  /** Whether the call found the database already at the head of the jar. */
  public boolean upToDate() {
    return applied.isEmpty() && revertedDrafts.isEmpty();
  }

  /** A few lines for a log or a console. */
  public String summary() {
    if (upToDate()) {
      return "schema " + schema + " is up to date at " + head + " (checked in " + elapsed.toMillis() + " ms)";
    }
    String reverted = revertedDrafts.stream()
        .map(draft -> "  reverted draft " + draft + " (changed since applied; dev mode)\n")
        .collect(Collectors.joining());
    return reverted + applied.stream()
        .map(entry -> String.format("  applied %-32s %6d ms  %s",
            entry.revision().id(), entry.executionMillis(), entry.revision().description()))
        .collect(Collectors.joining("\n",
            "schema " + schema + ": applied " + applied.size() + " revision(s) in " + elapsed.toMillis()
                + " ms, now at " + head + "\n",
            ""));
  }
}
