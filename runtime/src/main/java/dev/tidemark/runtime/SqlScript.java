package dev.tidemark.runtime;

import java.util.List;

/**
 * An offline script for a DBA to review and run by hand with
 * {@code psql -v ON_ERROR_STOP=1 -f script.sql}: the same statements, transactions, timeouts and
 * history rows as the migrator's own run.
 *
 * @param schema the managed schema
 * @param from where the database must be before running it: a revision id or {@code base}
 * @param to where the script leaves it
 * @param upgrade whether it upgrades (else it downgrades)
 * @param revertedDrafts stale drafts it reverts first, newest first (a dev-mode upgrade plan only)
 * @param revisions the revisions it applies or reverts, in the order it does
 * @param text the script
 */
public record SqlScript(String schema, String from, String to, boolean upgrade,
    List<String> revertedDrafts, List<String> revisions, String text) {

  public SqlScript {
    revertedDrafts = List.copyOf(revertedDrafts);
    revisions = List.copyOf(revisions);
  }

  /** Whether running it would change nothing: no revision to apply or revert. */
  public boolean empty() {
    return revertedDrafts.isEmpty() && revisions.isEmpty();
  }
}
