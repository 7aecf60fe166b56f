package dev.tidemark.runtime.internal.command;

import dev.tidemark.runtime.ErrorCode;
import dev.tidemark.runtime.Migration;
import dev.tidemark.runtime.Operations;
import dev.tidemark.runtime.Revision;
import dev.tidemark.runtime.SafetyPolicy;
import dev.tidemark.runtime.TidemarkException;
import dev.tidemark.runtime.internal.PlannedStep;
import dev.tidemark.runtime.internal.RevisionExecutor;
import dev.tidemark.runtime.internal.safety.Finding;
import dev.tidemark.runtime.internal.safety.LiveTableFacts;
import dev.tidemark.runtime.internal.safety.RevisionSafety;
import dev.tidemark.runtime.internal.safety.RiskKind;
import dev.tidemark.runtime.internal.safety.SafetyReport;
import dev.tidemark.runtime.internal.safety.TableFacts;
import dev.tidemark.runtime.internal.safety.Verdict;
import dev.tidemark.runtime.schema.Schema;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs one revision, up or down, as the safety policy decides: reviewed against the schema before
 * it and what the database says about the data, refused when the policy blocks it, else run in
 * the phases its plan gives. The review happens before anything of the revision runs, outside any
 * transaction.
 */
final class SafeRevisionRun {

  private SafeRevisionRun() {}

  /**
   * Reviews and runs {@code migration}'s upgrade, or its downgrade when {@code downgrade}.
   *
   * @param from the schema before the run: before the revision for an upgrade, after it for a downgrade
   * @param underWay whether an earlier run may have left progress of it in the history
   * @param history the history change, run with the last phase
   */
  static void run(CommandContext context, Connection connection, Migration migration, Schema from, boolean downgrade,
      boolean underWay, RevisionExecutor.HistoryChange history) {
    Revision revision = migration.revision();
    Operations operations = new Operations();
    if (downgrade) {
      migration.downgrade(operations);
    } else {
      migration.upgrade(operations);
    }
    List<PlannedStep> steps = PlannedStep.of(operations.steps(), context.renderer());
    TableFacts tables = new LiveTableFacts(connection, context.schema());
    if (runsAsWritten(operations.steps())) {
      reviewAsWritten(context, migration, operations, from, tables)
          .ifPresent(report -> refuseOrLog(context, revision, report, downgrade));
      context.executor().run(connection, revision, steps, history);
      return;
    }
    Optional<RevisionSafety.Decision> decision = reviewable(context, migration,
        () -> context.safety().decide(from, operations.list(), migration.acknowledgements(), tables));
    if (decision.isEmpty()) {
      context.executor().run(connection, revision, steps, history);
      return;
    }
    refuseOrLog(context, revision, decision.get().report(), downgrade);
    context.executor().runPlan(connection, revision, decision.get().plan(), context.history(), downgrade, underWay,
        history);
  }

  /**
   * The review of a revision that runs as written, or empty when BASIC lets through one it cannot
   * review. Its operations are only judged, never planned: an SQL revision's model-only operations
   * describe what its statements did (a baseline's table rebuild included) and have no SQL form.
   */
  static Optional<SafetyReport> reviewAsWritten(CommandContext context, Migration migration, Operations operations,
      Schema from, TableFacts tables) {
    return reviewable(context, migration,
        () -> context.safety().review(from, operations.list(), migration.acknowledgements(), tables));
  }

  /**
   * {@code review}'s answer, or empty when BASIC lets through a revision it cannot review: a
   * hand-built catalog whose operations act on tables the revisions before it never made (made by
   * other means) runs as written, as before there were policies; the other policies refuse it.
   */
  private static <T> Optional<T> reviewable(CommandContext context, Migration migration, Supplier<T> review) {
    try {
      return Optional.of(review.get());
    } catch (IllegalStateException | IllegalArgumentException unreviewable) {
      String problem = "revision " + migration.revision().id() + " of schema " + context.schema()
          + " cannot be reviewed: its operations do not apply to the schema the revisions before it build ("
          + unreviewable.getMessage() + ")";
      if (context.settings().safetyPolicy() != SafetyPolicy.BASIC) {
        throw TidemarkException.of(ErrorCode.UNSAFE_REVISION, problem + "; safety policy "
            + context.settings().safetyPolicy() + " runs only revisions it can review. Nothing of it ran.");
      }
      context.log().warn("{}; it runs as written", problem);
      return Optional.empty();
    }
  }

  /**
   * Whether the revision runs as its steps are written rather than as planned: a manual revision's
   * Java code and an SQL revision's statements are nothing the planner knows (and an SQL revision's
   * model-only operations must never run), and an explicit concurrent build must stay one.
   */
  static boolean runsAsWritten(List<Operations.Step> steps) {
    return steps.stream().anyMatch(step -> step instanceof Operations.JdbcStep || step instanceof Operations.SqlStep
        || step instanceof Operations.ModelOnlyStep
        || step instanceof Operations.SchemaStep schemaStep && schemaStep.concurrently());
  }

  /**
   * Refuses the revision when a finding is blocked; a downgrade is not refused for data loss, since
   * running one is the operator's acknowledgement of it. Logs what the policy warns about or runs safely.
   * The {@code sql} verb refuses the same way: a script must not run what the migrator would refuse.
   */
  static void refuseOrLog(CommandContext context, Revision revision, SafetyReport report, boolean downgrade) {
    List<Finding> blocked = report.blocked().stream()
        .filter(finding -> !downgrade || finding.rule().kind() != RiskKind.DATA_LOSS)
        .toList();
    if (!blocked.isEmpty()) {
      throw TidemarkException.of(ErrorCode.UNSAFE_REVISION, (downgrade ? "the downgrade of revision " : "revision ")
          + revision.id() + " of schema " + context.schema() + " is refused under safety policy "
          + context.settings().safetyPolicy() + "; nothing of it ran:\n"
          + blocked.stream().map(Finding::message).collect(Collectors.joining("\n")));
    }
    for (Finding finding : report.findings()) {
      if (finding.verdict() == Verdict.WARNED || finding.verdict() == Verdict.BLOCKED) {
        context.log().warn("Revision {} of schema {}: {}", revision.id(), context.schema(), finding.message());
      } else {
        context.log().info("Revision {} of schema {}: {}", revision.id(), context.schema(), finding.message());
      }
    }
  }
}
