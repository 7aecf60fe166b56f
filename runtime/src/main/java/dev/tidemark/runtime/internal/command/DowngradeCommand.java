package dev.tidemark.runtime.internal.command;

import dev.tidemark.runtime.DowngradeReport;
import dev.tidemark.runtime.ErrorCode;
import dev.tidemark.runtime.Migration;
import dev.tidemark.runtime.MigrationReport;
import dev.tidemark.runtime.Operations;
import dev.tidemark.runtime.Revision;
import dev.tidemark.runtime.SqlScript;
import dev.tidemark.runtime.TidemarkException;
import dev.tidemark.runtime.internal.RevisionChain;
import dev.tidemark.runtime.internal.UpgradePlan;
import dev.tidemark.runtime.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code downgrade <target>}: reverts applied revisions newest first, each with its exact inverse
 * (a manual revision with its {@code downgrade}) in its own transaction with the removal of its
 * history row, or in the phases of its safe form; the safety policy refuses it as it refuses an
 * upgrade, except for data loss, which running a downgrade acknowledges. A revision without a downgrade stops the plan before anything runs.
 */
public final class DowngradeCommand {

  private final CommandContext context;

  public DowngradeCommand(CommandContext context) {
    this.context = context;
  }

  /** {@code target}: a revision id, {@code base}, or a relative step such as {@code -1}. */
  public DowngradeReport run(String target) {
    long started = System.nanoTime();
    return context.underLock("downgrade", connection -> downgrade(connection, target, started));
  }

  /** What {@link #run} would revert, as the script that does it; reads the history without the lock. */
  public SqlScript plan(String target) {
    return context.withConnection("read the history", connection -> {
      int applied = appliedCount(connection);
      int keep = targetCount(target, applied);
      refuseIrreversible(newestFirst(keep, applied));
      return new SqlCommand(context).script(applied, keep, List.of());
    });
  }

  private DowngradeReport downgrade(Connection connection, String target, long started) throws SQLException {
    int applied = appliedCount(connection);
    int keep = targetCount(target, applied);
    List<Migration> toRevert = newestFirst(keep, applied);
    refuseIrreversible(toRevert);
    List<MigrationReport.AppliedRevision> reverted = new ArrayList<>();
    for (Migration migration : toRevert) {
      reverted.add(revert(connection, migration));
    }
    String head = keep == 0 ? null : context.chain().revisions().get(keep - 1).id();
    return new DowngradeReport(context.schema(), reverted, head, Duration.ofNanos(System.nanoTime() - started));
  }

  /** How many revisions of this build are applied; revisions it does not know cannot be reverted by it. */
  private int appliedCount(Connection connection) throws SQLException {
    UpgradePlan plan = UpgradePlan.of(context.chain(), context.readHistory(connection), false);
    if (!plan.unknown().isEmpty()) {
      throw TidemarkException.of(ErrorCode.DATABASE_AHEAD, "schema " + context.schema() + " has revisions "
          + plan.unknown().stream().map(row -> row.revision()).toList() + " this build does not know, so it cannot"
          + " revert them; downgrade with the build that applied them");
    }
    return plan.appliedCount(context.chain());
  }

  private List<Migration> newestFirst(int keep, int applied) {
    List<Migration> toRevert = new ArrayList<>(context.chain().migrations().subList(keep, applied));
    Collections.reverse(toRevert);
    return toRevert;
  }

  private int targetCount(String target, int applied) {
    int count;
    if (target.matches("-[0-9]+")) {
      count = applied - Integer.parseInt(target.substring(1));
      if (count < 0) {
        throw TidemarkException.of(ErrorCode.UNKNOWN_REVISION, "schema " + context.schema() + " has only "
            + applied + " revision(s) applied; " + target + " goes below the base");
      }
    } else if (RevisionChain.HEAD.equals(target)) {
      count = applied;
    } else {
      count = context.chain().countUpTo(target);
    }
    if (count > applied) {
      throw TidemarkException.of(ErrorCode.UNKNOWN_REVISION, "revision " + target + " of schema " + context.schema()
          + " is not applied yet; a downgrade only goes back. Use upgrade(\"" + target + "\")");
    }
    return count;
  }

  /** A revision whose upgrade does something and whose downgrade does nothing cannot be reverted. */
  private void refuseIrreversible(List<Migration> toRevert) {
    List<String> irreversible = toRevert.stream()
        .filter(migration -> steps(migration, true) > 0 && steps(migration, false) == 0)
        .map(migration -> migration.revision().id())
        .toList();
    if (!irreversible.isEmpty()) {
      throw TidemarkException.of(ErrorCode.IRREVERSIBLE, "schema " + context.schema() + " cannot be downgraded past "
          + irreversible + ": they have no downgrade. Nothing was reverted.");
    }
  }

  private static int steps(Migration migration, boolean upgrade) {
    Operations operations = new Operations();
    if (upgrade) {
      migration.upgrade(operations);
    } else {
      migration.downgrade(operations);
    }
    return operations.steps().size();
  }

  private MigrationReport.AppliedRevision revert(Connection connection, Migration migration) {
    Revision revision = migration.revision();
    Schema applied = context.chain().schemaAfter(context.chain().countUpTo(revision.id()));
    context.tell(listener -> listener.beforeDowngrade(context.schema(), revision));
    context.log().info("Reverting revision {} of schema {}: {}", revision.id(), context.schema(),
        revision.description());
    long started = System.nanoTime();
    try {
      // An unfinished downgrade marks the applied row; the plan run reads it.
      SafeRevisionRun.run(context, connection, migration, applied, true, true,
          (inTransaction, millis) -> context.history().delete(inTransaction, revision.id()));
    } catch (TidemarkException failure) {
      context.tell(listener -> listener.revisionFailed(context.schema(), revision, failure));
      throw failure;
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    context.tell(listener -> listener.afterDowngrade(context.schema(), revision, elapsed));
    return new MigrationReport.AppliedRevision(revision, elapsed.toMillis());
  }
}
