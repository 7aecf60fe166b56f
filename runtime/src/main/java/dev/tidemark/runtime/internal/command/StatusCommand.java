package dev.tidemark.runtime.internal.command;

import dev.tidemark.runtime.ErrorCode;
import dev.tidemark.runtime.HistoryEntry;
import dev.tidemark.runtime.Revision;
import dev.tidemark.runtime.StatusReport;
import dev.tidemark.runtime.TidemarkException;
import dev.tidemark.runtime.internal.HistoryRow;
import dev.tidemark.runtime.internal.UpgradePlan;
import java.util.List;

/** {@code status} and {@code history}: read-only, without the lock. */
public final class StatusCommand {

  private final CommandContext context;

  public StatusCommand(CommandContext context) {
    this.context = context;
  }

  /** Where the schema stands; a checksum mismatch or another branch's revision is reported, not thrown. */
  public StatusReport status() {
    return context.withConnection("read the history", connection -> {
      List<HistoryRow> rows = context.readHistory(connection);
      String current = rows.isEmpty() ? null : rows.get(rows.size() - 1).revision();
      List<String> drafts = context.chain().revisions().stream()
          .filter(Revision::draft).map(Revision::id).toList();
      UpgradePlan plan;
      try {
        context.refuseUnfinishedDowngrade(rows);
        plan = UpgradePlan.of(context.chain(), rows, context.settings().devMode());
      } catch (TidemarkException diverged) {
        if (diverged.code() != ErrorCode.CHECKSUM_MISMATCH && diverged.code() != ErrorCode.DIVERGED_HISTORY) {
          throw diverged;
        }
        return new StatusReport(context.schema(), current, context.chain().head(), List.of(), drafts, List.of(),
            List.of(), diverged.getMessage());
      }
      return new StatusReport(context.schema(), current, context.chain().head(),
          plan.pending().stream().map(Revision::id).toList(), drafts,
          plan.staleDrafts().stream().map(HistoryRow::revision).toList(),
          plan.unknown().stream().map(HistoryRow::revision).toList(), null);
    });
  }

  public List<HistoryEntry> history() {
    return context.withConnection("read the history", context.history()::entries);
  }
}
