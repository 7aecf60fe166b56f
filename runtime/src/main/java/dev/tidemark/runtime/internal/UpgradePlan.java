package dev.tidemark.runtime.internal;

import dev.tidemark.runtime.ErrorCode;
import dev.tidemark.runtime.Migration;
import dev.tidemark.runtime.Revision;
import dev.tidemark.runtime.TidemarkException;
import java.util.List;

/**
 * The database's history held against the jar's chain.
 *
 * @param pending revisions of the jar the database does not have, in order
 * @param unknown revisions the database has beyond the jar's head (a newer version of the service
 *     migrated it, as during a rolling deploy)
 * @param head the revision the database is at, or {@code null}
 */
public record UpgradePlan(List<Migration> pending, List<HistoryRow> unknown, String head) {

  /**
   * Compares position by position: the history must be a prefix of the chain (or the chain a
   * prefix of the history), with the same checksums.
   */
  public static UpgradePlan of(RevisionChain chain, List<HistoryRow> history) {
    List<Migration> migrations = chain.migrations();
    int common = Math.min(history.size(), migrations.size());
    for (int i = 0; i < common; i++) {
      HistoryRow applied = history.get(i);
      Revision built = migrations.get(i).revision();
      if (!applied.revision().equals(built.id())) {
        throw TidemarkException.of(ErrorCode.DIVERGED_HISTORY, "schema " + chain.schema()
            + " has a different revision at position " + (i + 1) + ":\n"
            + "  applied to database: " + applied.revision() + "\n"
            + "  built into this jar: " + built.id() + "\n"
            + "The database was migrated by a build from another branch. Downgrade it to "
            + (i == 0 ? "the base" : history.get(i - 1).revision()) + " with the build that applied "
            + applied.revision() + ", then upgrade with this one.");
      }
      if (!applied.checksum().equals(built.checksum())) {
        throw TidemarkException.of(ErrorCode.CHECKSUM_MISMATCH, "revision " + built.id() + " of schema "
            + chain.schema() + " differs from the one applied:\n"
            + "  applied to database: checksum " + applied.checksum() + "\n"
            + "  built into this jar: checksum " + built.checksum() + "\n"
            + (built.draft()
                ? "It is a draft that changed after it was applied. Downgrade it with the build that applied"
                    + " it, or recreate the development database."
                : "A frozen revision must never change. Restore its ledger files from version control."));
      }
    }
    List<Migration> pending = migrations.subList(common, migrations.size());
    List<HistoryRow> unknown = history.subList(common, history.size());
    String head = history.isEmpty() ? null : history.get(history.size() - 1).revision();
    return new UpgradePlan(List.copyOf(pending), List.copyOf(unknown), head);
  }
}
