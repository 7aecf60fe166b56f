package dev.tidemark.runtime.internal.command;

import dev.tidemark.runtime.HistoryEntry;
import dev.tidemark.runtime.Migration;
import dev.tidemark.runtime.Revision;
import dev.tidemark.runtime.StatusReport;
import dev.tidemark.runtime.internal.HistoryRow;
import dev.tidemark.runtime.internal.UpgradePlan;
import java.util.List;

/** {@code status} and {@code history}: read-only, without the lock. */
public final class StatusCommand {

  private final CommandContext context;

  public StatusCommand(CommandContext context) {
    this.context = context;
  }

  public StatusReport status() {
    return context.withConnection("read the history", connection -> {
      List<HistoryRow> rows = context.readHistory(connection);
      UpgradePlan plan = UpgradePlan.of(context.chain(), rows, context.settings().devMode());
      String current = rows.isEmpty() ? null : rows.get(rows.size() - 1).revision();
      List<String> drafts = context.chain().migrations().stream()
          .map(Migration::revision).filter(Revision::draft).map(Revision::id).toList();
      return new StatusReport(context.schema(), current, context.chain().head(),
          plan.pending().stream().map(migration -> migration.revision().id()).toList(), drafts,
          plan.staleDrafts().stream().map(HistoryRow::revision).toList(),
          plan.unknown().stream().map(HistoryRow::revision).toList());
    });
  }

  public List<HistoryEntry> history() {
    return context.withConnection("read the history", context.history()::entries);
  }
}
