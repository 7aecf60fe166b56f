package dev.tidemark.runtime.internal.command;

import dev.tidemark.runtime.ErrorCode;
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
    List<Revision> wanted = wanted(target);
    return context.underLock("stamp", connection -> stamp(connection, wanted));
  }

  /** What {@link #run} would record and remove; reads the history without the lock. */
  public StampReport plan(String target) {
    List<Revision> wanted = wanted(target);
    return context.withConnection("read the history",
        connection -> changes(context.readHistory(connection), wanted).report());
  }

  private List<Revision> wanted(String target) {
    List<Revision> wanted = context.chain().revisions().subList(0, context.chain().countUpTo(target));
    wanted.stream().filter(Revision::draft).findFirst()
        .filter(draft -> !context.settings().devMode())
        .ifPresent(draft -> {
          throw TidemarkException.of(ErrorCode.DRAFT_REFUSED, "cannot stamp draft " + draft.id() + " of schema "
              + context.schema() + " outside dev mode");
        });
    return wanted;
  }

  /** The history rows to remove, newest first, and the revisions to record, oldest first. */
  private record Changes(String schema, List<Revision> wanted, List<String> removed, List<Revision> recorded) {

    StampReport report() {
      String head = wanted.isEmpty() ? null : wanted.get(wanted.size() - 1).id();
      return new StampReport(schema, head, recorded.stream().map(Revision::id).toList(),
          removed);
    }
  }

  private Changes changes(List<HistoryRow> rows, List<Revision> wanted) {
    int agreeing = 0;
    while (agreeing < rows.size() && agreeing < wanted.size() && agrees(rows.get(agreeing), wanted.get(agreeing))) {
      agreeing++;
    }
    List<String> removed = new ArrayList<>(rows.subList(agreeing, rows.size()).stream()
        .map(HistoryRow::revision).toList());
    Collections.reverse(removed);
    return new Changes(context.schema(), wanted, removed, wanted.subList(agreeing, wanted.size()));
  }

  private StampReport stamp(Connection connection, List<Revision> wanted) throws SQLException {
    Changes changes = changes(context.readHistory(connection), wanted);
    Revision stamp = Revision.frozen("stamp", null, "stamp", "-");
    context.executor().run(connection, stamp, List.of(), (inTransaction, millis) -> {
      for (String revision : changes.removed()) {
        context.history().delete(inTransaction, revision);
      }
      for (Revision revision : changes.recorded()) {
        context.history().insert(inTransaction, revision, 0, null, true);
      }
    });
    StampReport report = changes.report();
    context.log().info("Stamped schema {} at {}: recorded {}, removed {}", context.schema(),
        report.head() == null ? "base" : report.head(), report.recorded(), report.removed());
    return report;
  }

  private static boolean agrees(HistoryRow row, Revision revision) {
    return row.revision().equals(revision.id()) && row.checksum().equals(revision.checksum());
  }
}
