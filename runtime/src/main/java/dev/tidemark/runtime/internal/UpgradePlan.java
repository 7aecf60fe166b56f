package dev.tidemark.runtime.internal;

import dev.tidemark.runtime.ErrorCode;
import dev.tidemark.runtime.Revision;
import dev.tidemark.runtime.TidemarkException;
import java.util.ArrayList;
import java.util.List;

/**
 * The database's history held against the jar's chain.
 *
 * @param staleDrafts applied drafts that dev mode reverts first (newest last), since the jar no longer
 *     carries them as they were applied (they changed, or were frozen under a name)
 * @param pending revisions of the jar the database does not have, in order
 * @param unknown revisions the database has beyond the jar's head (a newer version of the service
 *     migrated it, as during a rolling deploy)
 * @param frozenDrafts applied drafts the jar carries, same id and checksum, as frozen revisions now
 *     (a manual revision frozen after it was applied): their rows lose the draft mark
 * @param head the revision the database is at, or {@code null}
 */
public record UpgradePlan(List<HistoryRow> staleDrafts, List<Revision> pending, List<HistoryRow> unknown,
    List<HistoryRow> frozenDrafts, String head) {

  /** Whether an upgrade has anything to do under the lock. */
  public boolean hasWork() {
    return !staleDrafts.isEmpty() || !pending.isEmpty() || !frozenDrafts.isEmpty();
  }

  /** How many revisions of the jar the database has applied. */
  public int appliedCount(RevisionChain chain) {
    return chain.revisions().size() - pending.size();
  }

  /**
   * Compares position by position: the history must be a prefix of the chain (or the chain a
   * prefix of the history), with the same checksums.
   */
  public static UpgradePlan of(RevisionChain chain, List<HistoryRow> applied, boolean devMode) {
    List<HistoryRow> staleDrafts = staleDrafts(chain, applied, devMode);
    List<HistoryRow> history = applied.subList(0, applied.size() - staleDrafts.size());
    List<Revision> revisions = chain.revisions();
    int common = Math.min(history.size(), revisions.size());
    for (int i = 0; i < common; i++) {
      HistoryRow row = history.get(i);
      Revision built = revisions.get(i);
      if (!row.revision().equals(built.id())) {
        throw TidemarkException.of(ErrorCode.DIVERGED_HISTORY, "schema " + chain.schema()
            + " has a different revision at position " + (i + 1) + ":\n"
            + "  applied to database: " + row.revision() + "\n"
            + "  built into this jar: " + built.id() + "\n"
            + (row.draft()
                ? "It is a draft applied in dev mode; an upgrade in dev mode reverts it (-Dtidemark.dev=true)."
                : "The database was migrated by a build from another branch. Downgrade it to "
                    + (i == 0 ? "the base" : history.get(i - 1).revision()) + " with the build that applied "
                    + row.revision() + ", then upgrade with this one."));
      }
      if (!row.checksum().equals(built.checksum())) {
        throw TidemarkException.of(ErrorCode.CHECKSUM_MISMATCH, "revision " + built.id() + " of schema "
            + chain.schema() + " differs from the one applied:\n"
            + "  applied to database: checksum " + row.checksum() + "\n"
            + "  built into this jar: checksum " + built.checksum() + "\n"
            + (row.draft()
                ? "It is a draft that changed after it was applied; an upgrade in dev mode reverts it"
                    + " (-Dtidemark.dev=true)."
                : "A frozen revision must never change. Restore its ledger files from version control."));
      }
    }
    List<Revision> pending = revisions.subList(common, revisions.size());
    List<HistoryRow> unknown = history.subList(common, history.size());
    List<HistoryRow> frozenDrafts = new ArrayList<>();
    for (int i = 0; i < common; i++) {
      if (history.get(i).draft() && !revisions.get(i).draft()) {
        frozenDrafts.add(history.get(i));
      }
    }
    String head = history.isEmpty() ? null : history.get(history.size() - 1).revision();
    return new UpgradePlan(staleDrafts, List.copyOf(pending), List.copyOf(unknown), List.copyOf(frozenDrafts), head);
  }

  /**
   * Dev mode: the applied drafts from the first one the jar no longer has as applied (same id and
   * checksum at the same position) to the end. Drafts are always the newest revisions.
   */
  private static List<HistoryRow> staleDrafts(RevisionChain chain, List<HistoryRow> applied, boolean devMode) {
    return devMode ? staleDrafts(chain, applied) : List.of();
  }

  /**
   * The applied drafts from the first one the jar no longer has as applied to the end, if they are
   * all drafts; what dev mode reverts and {@code repair} cleans up.
   */
  public static List<HistoryRow> staleDrafts(RevisionChain chain, List<HistoryRow> applied) {
    for (int position = 0; position < applied.size(); position++) {
      HistoryRow row = applied.get(position);
      boolean stillBuilt = position < chain.revisions().size()
          && chain.revisions().get(position).id().equals(row.revision())
          && chain.revisions().get(position).checksum().equals(row.checksum());
      if (row.draft() && !stillBuilt) {
        List<HistoryRow> rest = applied.subList(position, applied.size());
        return rest.stream().allMatch(HistoryRow::draft) ? List.copyOf(rest) : List.of();
      }
    }
    return List.of();
  }
}
