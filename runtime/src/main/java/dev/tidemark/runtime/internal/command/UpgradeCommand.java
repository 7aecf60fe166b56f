package dev.tidemark.runtime.internal.command;

import dev.tidemark.runtime.ErrorCode;
import dev.tidemark.runtime.Migration;
import dev.tidemark.runtime.MigrationReport;
import dev.tidemark.runtime.Operations;
import dev.tidemark.runtime.Revision;
import dev.tidemark.runtime.SqlScript;
import dev.tidemark.runtime.TidemarkException;
import dev.tidemark.runtime.internal.HistoryRow;
import dev.tidemark.runtime.internal.PlannedStep;
import dev.tidemark.runtime.internal.UpgradePlan;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * {@code upgrade [target]}: reads the history without a lock (a boot with nothing to do costs that
 * one query); otherwise locks, reads it again and applies what is still pending, each revision as
 * the safety policy decides: refused, in its own transaction with its history row, or in phases
 * that resume where a failed run stopped.
 */
public final class UpgradeCommand {

  private final CommandContext context;

  public UpgradeCommand(CommandContext context) {
    this.context = context;
  }

  /** Brings the schema to {@code target}, a revision id or {@code head}. */
  public MigrationReport run(String target) {
    long started = System.nanoTime();
    int targetCount = context.chain().countUpTo(target);
    refuseDraftsOutsideDevMode(context, 0, targetCount);
    UpgradePlan plan = context.withConnection("read the history", context::plan);
    if (!hasWorkUpTo(plan, targetCount)) {
      return new MigrationReport(context.schema(), List.of(), List.of(), plan.head(), since(started));
    }
    return context.underLock("migrate", connection -> applyUnderLock(connection, targetCount, started));
  }

  /**
   * What {@link #run} would do, as the script that does it: the stale drafts it reverts (dev mode),
   * then the revisions it applies. Reads the history without the lock and changes nothing.
   */
  public SqlScript plan(String target) {
    int targetCount = context.chain().countUpTo(target);
    refuseDraftsOutsideDevMode(context, 0, targetCount);
    return context.withConnection("read the history", connection -> {
      UpgradePlan plan = context.plan(connection);
      List<SqlCommand.DraftRevert> reverts = new ArrayList<>();
      for (HistoryRow draft : newestFirst(plan.staleDrafts())) {
        reverts.add(new SqlCommand.DraftRevert(draft.revision(), stepsToRevert(connection, draft)));
      }
      int applied = plan.appliedCount(context.chain());
      return new SqlCommand(context).script(applied, Math.max(applied, targetCount), reverts);
    });
  }

  /**
   * Outside dev mode, refuses a draft among the revisions that take the schema from the first
   * {@code fromCount} revisions of the chain to the first {@code toCount}.
   */
  static void refuseDraftsOutsideDevMode(CommandContext context, int fromCount, int toCount) {
    context.chain().revisions().subList(fromCount, toCount).stream()
        .filter(Revision::draft)
        .findFirst()
        .filter(draft -> !context.settings().devMode())
        .ifPresent(draft -> {
          throw TidemarkException.of(ErrorCode.DRAFT_REFUSED, "this build carries draft revision " + draft.id()
              + " of schema " + context.schema() + ", which only dev mode applies. Freeze it"
              + " (mvn compile -Dtidemark.freeze=<name>, or mvn tidemark:freeze -Dname=<name>) before shipping, or enable dev mode"
              + " (-Dtidemark.dev=true or Migrator.builder(...).devMode(true)) on a development database.");
        });
  }

  private boolean hasWorkUpTo(UpgradePlan plan, int targetCount) {
    return !plan.staleDrafts().isEmpty() || !plan.frozenDrafts().isEmpty()
        || plan.appliedCount(context.chain()) < targetCount;
  }

  private MigrationReport applyUnderLock(Connection connection, int targetCount, long started) throws SQLException {
    UpgradePlan plan = context.plan(connection);
    for (HistoryRow draft : newestFirst(plan.staleDrafts())) {
      revertDraft(connection, draft);
    }
    for (HistoryRow draft : plan.frozenDrafts()) {
      context.log().info("Revision {} of schema {} was applied as a draft and is frozen now; recording it as frozen",
          draft.revision(), context.schema());
      context.history().markFrozen(connection, draft.revision());
    }
    Set<String> underWay = context.history().upgradesUnderWay(connection);
    List<MigrationReport.AppliedRevision> applied = new ArrayList<>();
    int first = Math.min(plan.appliedCount(context.chain()), targetCount);
    Schema schema = context.chain().schemaAfter(first);
    for (Migration migration : context.chain().migrations().subList(first, targetCount)) {
      applied.add(apply(connection, migration, schema, underWay.contains(migration.revision().id())));
      schema = Operation.applyAll(schema, Operations.upgradeOf(migration));
    }
    String head = applied.isEmpty() ? plan.head() : applied.get(applied.size() - 1).revision().id();
    List<String> reverted = plan.staleDrafts().stream().map(HistoryRow::revision).toList();
    return new MigrationReport(context.schema(), reverted, applied, head, since(started));
  }

  /**
   * Applies {@code migration} to the schema {@code from} as the safety policy decides; {@code underWay}
   * when an earlier run left its upgrade part way.
   */
  private MigrationReport.AppliedRevision apply(Connection connection, Migration migration, Schema from,
      boolean underWay) {
    Revision revision = migration.revision();
    List<String> draftDowngrade = revision.draft() ? recordedDowngrade(migration) : null;
    context.tell(listener -> listener.beforeRevision(context.schema(), revision));
    context.log().info("Applying revision {} to schema {}: {}", revision.id(), context.schema(), revision.description());
    long started = System.nanoTime();
    try {
      SafeRevisionRun.run(context, connection, migration, from, false, underWay,
          (inTransaction, millis) -> context.history().insert(inTransaction, revision, millis, draftDowngrade, false));
    } catch (TidemarkException failure) {
      context.log().error("Revision {} of schema {} failed: {}", revision.id(), context.schema(), failure.getMessage());
      context.tell(listener -> listener.revisionFailed(context.schema(), revision, failure));
      throw failure;
    }
    Duration elapsed = since(started);
    context.tell(listener -> listener.afterRevision(context.schema(), revision, elapsed));
    return new MigrationReport.AppliedRevision(revision, elapsed.toMillis());
  }

  /**
   * The statements that undo a draft, kept with its history row so dev mode can revert it after
   * the draft changed; {@code null} for a manual draft, whose downgrade is Java code.
   */
  private List<String> recordedDowngrade(Migration migration) {
    Operations downgrade = new Operations();
    migration.downgrade(downgrade);
    if (downgrade.steps().stream().anyMatch(Operations.JdbcStep.class::isInstance)) {
      return null;
    }
    List<String> statements = new ArrayList<>();
    for (Operations.Step step : downgrade.steps()) {
      if (step instanceof Operations.SchemaStep schema) {
        context.renderer().renderAll(schema.operation()).forEach(statement -> statements.add(statement.sql()));
      } else if (step instanceof Operations.SqlStep sql) {
        statements.add(sql.sql());
      }
    }
    return statements;
  }

  /**
   * Dev mode: undoes an applied draft the jar no longer carries as applied, in one transaction with
   * the removal of its history row.
   */
  private void revertDraft(Connection connection, HistoryRow draft) throws SQLException {
    context.log().info("Reverting draft {} of schema {}: it changed or was frozen since it was applied (dev mode)",
        draft.revision(), context.schema());
    DraftReverter.revert(context, connection, draft, stepsToRevert(connection, draft));
  }

  private List<PlannedStep> stepsToRevert(Connection connection, HistoryRow draft) throws SQLException {
    return DraftReverter.stepsToRevert(context, connection, draft).orElseThrow(() ->
        TidemarkException.of(ErrorCode.DIVERGED_HISTORY, "manual draft " + draft.revision() + " of schema "
            + context.schema() + " was applied, but this build no longer has it to revert it. Run"
            + " Migrator.repair() to forget it (its changes stay), or recreate the development database."));
  }

  private static List<HistoryRow> newestFirst(List<HistoryRow> rows) {
    List<HistoryRow> reversed = new ArrayList<>(rows);
    Collections.reverse(reversed);
    return reversed;
  }

  private static Duration since(long startedNanos) {
    return Duration.ofNanos(System.nanoTime() - startedNanos);
  }
}
