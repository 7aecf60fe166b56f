package dev.tidemark.runtime.internal.command;

import dev.tidemark.runtime.ErrorCode;
import dev.tidemark.runtime.Migration;
import dev.tidemark.runtime.Revision;
import dev.tidemark.runtime.StampReport;
import dev.tidemark.runtime.TidemarkException;
import dev.tidemark.runtime.internal.HistoryRow;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code stamp <revision>}: makes the history say the database is at {@code revision} without
 * running anything. Rows that agree with this build's chain up to there are kept; rows after it,
 * or from another chain, are removed; missing ones are recorded as stamped.
 */
public final class StampCommand {

  private final CommandContext context;

  public StampCommand(CommandContext context) {
    this.context = context;
  }

  public StampReport run(String target) {
    List<Migration> wanted = wanted(target);
    return context.underLock("stamp", connection -> stamp(connection, wanted));
  }

  /** What {@link #run} would record and remove; reads the history without the lock. */
  public StampReport plan(String target) {
    List<Migration> wanted = wanted(target);
    return context.withConnection("read the history",
        connection -> changes(context.readHistory(connection), wanted).report());
  }

  private List<Migration> wanted(String target) {
    List<Migration> wanted = context.chain().migrations().subList(0, context.chain().countUpTo(target));
    wanted.stream().map(Migration::revision).filter(Revision::draft).findFirst()
        .filter(draft -> !context.settings().devMode())
        .ifPresent(draft -> {
          throw TidemarkException.of(ErrorCode.DRAFT_REFUSED, "cannot stamp draft " + draft.id() + " of schema "
              + context.schema() + " outside dev mode");
        });
    return wanted;
  }

  /** The history rows to remove, newest first, and the revisions to record, oldest first. */
  private record Changes(String schema, List<Migration> wanted, List<String> removed, List<Migration> recorded) {

    StampReport report() {
      String head = wanted.isEmpty() ? null : wanted.get(wanted.size() - 1).revision().id();
      return new StampReport(schema, head, recorded.stream().map(migration -> migration.revision().id()).toList(),
          removed);
    }
  }

  private Changes changes(List<HistoryRow> rows, List<Migration> wanted) {
    int agreeing = 0;
    while (agreeing < rows.size() && agreeing < wanted.size() && agrees(rows.get(agreeing), wanted.get(agreeing))) {
      agreeing++;
    }
    List<String> removed = new ArrayList<>(rows.subList(agreeing, rows.size()).stream()
        .map(HistoryRow::revision).toList());
    Collections.reverse(removed);
    return new Changes(context.schema(), wanted, removed, wanted.subList(agreeing, wanted.size()));
  }

  private StampReport stamp(Connection connection, List<Migration> wanted) throws SQLException {
    Changes changes = changes(context.readHistory(connection), wanted);
    Revision stamp = Revision.frozen("stamp", null, "stamp", "-");
    context.executor().run(connection, stamp, List.of(), (inTransaction, millis) -> {
      for (String revision : changes.removed()) {
        context.history().delete(inTransaction, revision);
      }
      for (Migration migration : changes.recorded()) {
        context.history().insert(inTransaction, migration.revision(), 0, null, true);
      }
    });
    StampReport report = changes.report();
    context.log().info("Stamped schema {} at {}: recorded {}, removed {}", context.schema(),
        report.head() == null ? "base" : report.head(), report.recorded(), report.removed());
    return report;
  }

  private static boolean agrees(HistoryRow row, Migration migration) {
    return row.revision().equals(migration.revision().id()) && row.checksum().equals(migration.revision().checksum());
  }
}
