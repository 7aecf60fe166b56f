package dev.tidemark.runtime.internal.command;

import dev.tidemark.runtime.ErrorCode;
import dev.tidemark.runtime.Migration;
import dev.tidemark.runtime.Operations;
import dev.tidemark.runtime.Revision;
import dev.tidemark.runtime.SqlScript;
import dev.tidemark.runtime.TidemarkException;
import dev.tidemark.runtime.internal.AdvisoryLock;
import dev.tidemark.runtime.internal.PlannedStep;
import dev.tidemark.runtime.internal.RevisionChain;
import dev.tidemark.runtime.schema.PostgresNames;
import dev.tidemark.runtime.internal.safety.ExecutionPlan;
import dev.tidemark.runtime.internal.safety.Finding;
import dev.tidemark.runtime.internal.safety.Phase;
import dev.tidemark.runtime.internal.safety.RevisionSafety;
import dev.tidemark.runtime.internal.safety.SafetyReport;
import dev.tidemark.runtime.internal.safety.Step;
import dev.tidemark.runtime.internal.safety.TableFacts;
import dev.tidemark.runtime.internal.safety.Verdict;
import dev.tidemark.runtime.schema.Schema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * {@code sql [from:to]}: the offline script of an upgrade or a downgrade, for a DBA to review and
 * run with psql. It holds the same session advisory lock and runs each revision as the migrator's
 * safety policy plans it: in its own transaction, or in the phases of its safe forms (a concurrent
 * index build outside a transaction), with the same timeouts and history row, so running it gives
 * the database {@code upgrade} or {@code downgrade} would. The database is not touched.
 */
public final class SqlCommand {

  private final CommandContext context;

  public SqlCommand(CommandContext context) {
    this.context = context;
  }

  /** {@code range}: {@code from:to}, each a revision id, {@code base} or {@code head}; {@code to} alone means from base. */
  public SqlScript run(String range) {
    int colon = range.indexOf(':');
    String from = colon < 0 ? RevisionChain.BASE : range.substring(0, colon);
    String to = colon < 0 ? range : range.substring(colon + 1);
    int fromCount = context.chain().countUpTo(from);
    int toCount = context.chain().countUpTo(to);
    if (toCount > fromCount) {
      UpgradeCommand.refuseDraftsOutsideDevMode(context, fromCount, toCount);
    }
    return script(fromCount, toCount, List.of());
  }

  /** A stale draft an upgrade reverts first (dev mode), with the steps that undo it. */
  record DraftRevert(String revision, List<PlannedStep> steps) {}

  /**
   * The script that takes the schema from the first {@code fromCount} revisions of the chain to the
   * first {@code toCount}, after reverting {@code draftReverts} in their order.
   */
  SqlScript script(int fromCount, int toCount, List<DraftRevert> draftReverts) {
    RevisionChain chain = context.chain();
    boolean upgrade = toCount >= fromCount;
    List<Migration> revisions = new ArrayList<>(chain.migrations().subList(Math.min(fromCount, toCount),
        Math.max(fromCount, toCount)));
    if (!upgrade) {
      Collections.reverse(revisions);
    }
    StringBuilder script = new StringBuilder()
        .append("-- Tidemark: ").append(upgrade ? "upgrade" : "downgrade").append(" of schema ")
        .append(context.schema()).append(" from ").append(name(chain, fromCount)).append(" to ")
        .append(name(chain, toCount)).append('\n')
        .append("-- Review, then run with: psql -v ON_ERROR_STOP=1 -f <this file>\n")
        .append("-- Each revision runs in its own transaction with its history row, as the migrator runs it.\n\n")
        // The literals below double their quotes, which escapes them only with standard conforming strings.
        .append("set standard_conforming_strings = on;\n")
        .append("select pg_advisory_lock(").append(AdvisoryLock.keyFor(context.schema())).append(");\n");
    context.setupStatements().forEach(sql -> script.append(sql).append(";\n"));
    for (DraftRevert draft : draftReverts) {
      appendDraftRevert(script, draft);
    }
    for (Migration migration : revisions) {
      appendRevision(script, migration, upgrade);
    }
    script.append("\nselect pg_advisory_unlock(").append(AdvisoryLock.keyFor(context.schema())).append(");\n");
    return new SqlScript(context.schema(), name(chain, fromCount), name(chain, toCount), upgrade,
        draftReverts.stream().map(DraftRevert::revision).toList(),
        revisions.stream().map(migration -> migration.revision().id()).toList(), script.toString());
  }

  private void appendDraftRevert(StringBuilder script, DraftRevert draft) {
    refuseJava(draft.revision(), draft.steps());
    script.append("\n-- revert stale draft ").append(draft.revision()).append(" (dev mode)\n");
    appendAsWritten(script, draft.steps(), context.history().deleteScript(draft.revision()), false);
  }

  private void refuseJava(String revision, List<PlannedStep> steps) {
    if (steps.stream().anyMatch(PlannedStep.Java.class::isInstance)) {
      throw TidemarkException.of(ErrorCode.NOT_SCRIPTABLE, "revision " + revision + " of schema "
          + context.schema() + " is a manual revision whose Java code has no SQL form; script the range before"
          + " and after it and let the migrator run it");
    }
  }

  private void appendRevision(StringBuilder script, Migration migration, boolean upgrade) {
    Revision revision = migration.revision();
    Operations operations = new Operations();
    if (upgrade) {
      migration.upgrade(operations);
    } else {
      migration.downgrade(operations);
    }
    List<PlannedStep> steps = PlannedStep.of(operations.steps(), context.renderer());
    refuseJava(revision.id(), steps);
    script.append("\n-- ").append(upgrade ? "" : "revert ").append(revision.id()).append(": ")
        .append(revision.description()).append('\n');
    String history = upgrade ? context.history().insertScript(revision) : context.history().deleteScript(revision.id());
    // Before it runs: the schema the revision starts from, or for a downgrade the one it leaves.
    Schema from = context.chain().schemaAfter(context.chain().countUpTo(revision.id()) - (upgrade ? 1 : 0));
    if (SafeRevisionRun.runsAsWritten(operations.steps())) {
      Optional<SafetyReport> report = SafeRevisionRun.reviewAsWritten(context, migration, operations, from,
          TableFacts.UNKNOWN);
      report.ifPresent(findings -> {
        SafeRevisionRun.refuseOrLog(context, revision, findings, !upgrade);
        appendFindings(script, findings);
      });
      boolean handWrittenSql = operations.steps().stream().anyMatch(Operations.SqlStep.class::isInstance);
      appendAsWritten(script, steps, history, handWrittenSql);
      return;
    }
    RevisionSafety.Decision decision = context.safety().decide(from, operations.list(), migration.acknowledgements(),
        TableFacts.UNKNOWN);
    SafeRevisionRun.refuseOrLog(context, revision, decision.report(), !upgrade);
    appendFindings(script, decision.report());
    appendPlan(script, decision.plan(), history);
  }

  /** The findings the policy warned about, or that a downgrade accepts, as comments above the revision. */
  private void appendFindings(StringBuilder script, SafetyReport report) {
    for (Finding finding : report.findings()) {
      if (finding.verdict() == Verdict.BLOCKED || finding.verdict() == Verdict.WARNED) {
        // Only a downgrade's data loss gets here blocked: running a downgrade is its acknowledgement.
        script.append(finding.verdict() == Verdict.BLOCKED ? "-- accepted by downgrading: "
            : "-- warned under " + context.settings().safetyPolicy() + ": ").append(finding.message()).append('\n');
      }
    }
  }

  /**
   * The plan's phases as the migrator runs them: each transactional phase between {@code begin} and
   * {@code commit} with the timeouts, each other statement alone with the lock timeout only; the
   * history change in the last transaction.
   */
  private void appendPlan(StringBuilder script, ExecutionPlan plan, String history) {
    Duration lockTimeout = plan.lockRetry() == null ? null : plan.lockRetry().lockTimeout();
    List<Phase> phases = plan.phases();
    for (int i = 0; i < phases.size(); i++) {
      Phase phase = phases.get(i);
      boolean last = i == phases.size() - 1;
      if (phase.transactional()) {
        script.append("begin;\n");
        appendTimeouts(script, true, lockTimeout, context.settings().statementTimeout());
        phase.steps().forEach(step -> appendStep(script, step));
        script.append(last ? history + ";\n" : "").append("commit;\n");
      } else {
        script.append("-- runs outside a transaction\n");
        appendTimeouts(script, false, lockTimeout, null);
        phase.steps().forEach(step -> appendStep(script, step));
        script.append(lockTimeout == null ? "" : "reset lock_timeout;\n");
        script.append(last ? "begin;\n" + history + ";\ncommit;\n" : "");
      }
    }
  }

  private static void appendStep(StringBuilder script, Step step) {
    if (step.guard() != null) {
      script.append("-- only when ").append(step.guard().query()).append(" ").append(step.guard().parameters())
          .append('\n');
    }
    script.append(step.statement().sql()).append(";\n");
  }

  /**
   * A revision that runs as written (an SQL revision, or one with an explicit concurrent build),
   * statement by statement.
   */
  private void appendAsWritten(StringBuilder script, List<PlannedStep> steps, String history, boolean handWrittenSql) {
    boolean transactional = steps.stream().allMatch(PlannedStep::transactional);
    script.append(transactional ? "begin;\n" : "-- runs outside a transaction: create index concurrently\n");
    appendTimeouts(script, transactional, context.settings().lockTimeout(), context.settings().statementTimeout());
    if (handWrittenSql) {
      // As the migrator runs it: the managed schema first, so the revision's unqualified names resolve to it.
      script.append("select set_config('search_path', ").append(literal(PostgresNames.quote(context.schema()) + ", "))
          .append(" || current_setting('search_path'), ").append(transactional).append(");\n");
    }
    for (PlannedStep step : steps) {
      if (step instanceof PlannedStep.ConcurrentIndex index) {
        // A retry after a failed build must first drop the INVALID index it left.
        script.append(context.renderer().dropIndexConcurrently(index.index()).sql()).append(";\n");
      }
      script.append(step.describe()).append(";\n");
    }
    script.append(history).append(";\n");
    script.append(transactional ? "commit;\n" : "reset lock_timeout;\nreset statement_timeout;\n");
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static void appendTimeouts(StringBuilder script, boolean local, Duration lockTimeout,
      Duration statementTimeout) {
    if (lockTimeout != null) {
      script.append("set ").append(local ? "local " : "").append("lock_timeout = ").append(lockTimeout.toMillis())
          .append(";\n");
    }
    if (statementTimeout != null) {
      script.append("set ").append(local ? "local " : "").append("statement_timeout = ")
          .append(statementTimeout.toMillis()).append(";\n");
    }
  }

  private static String name(RevisionChain chain, int count) {
    return count == 0 ? RevisionChain.BASE : chain.revisions().get(count - 1).id();
  }
}
