package dev.tidemark.runtime.internal.safety;

import dev.tidemark.runtime.Acknowledgement;
import dev.tidemark.runtime.Migration;
import dev.tidemark.runtime.Operations;
import dev.tidemark.runtime.SafetyPolicy;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.sql.PostgresRenderer;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the migrator asks about safety: built once from its settings, asked once per revision
 * whether it may run and how.
 */
public final class RevisionSafety {

  private final SafetyPolicy policy;
  private final Duration statementTimeout;
  private final LockRetry lockRetry;
  private final SafePlanner planner;

  /**
   * @param policy how strictly to judge
   * @param renderer the renderer of the schema the revisions are applied to
   * @param lockTimeout the configured lock timeout, or {@code null}
   * @param statementTimeout the configured statement timeout, or {@code null}
   */
  public RevisionSafety(SafetyPolicy policy, PostgresRenderer renderer, Duration lockTimeout,
      Duration statementTimeout) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.statementTimeout = statementTimeout;
    this.lockRetry = LockRetry.of(policy, lockTimeout);
    this.planner = new SafePlanner(renderer);
  }

  /** What the settings themselves break (TM701 under STRICT), for the migrator's builder to refuse up front. */
  public Optional<Finding> settingsFinding() {
    return SafetyReview.timeouts(policy, statementTimeout);
  }

  /** The model of {@code schema} as the first {@code count} revisions of {@code chain} leave it. */
  public static Schema schemaAfter(String schema, List<Migration> chain, int count) {
    Schema model = Schema.empty(schema);
    for (Migration migration : chain.subList(0, count)) {
      model = Operation.applyAll(model, Operations.upgradeOf(migration));
    }
    return model;
  }

  /**
   * Reviews one revision's operations and plans them. Refuse the revision unless
   * {@code decision.report().allowed()}; otherwise run {@code decision.plan()}.
   *
   * @param from the schema before the revision
   * @param operations its operations (a manual revision's JDBC steps are not operations: run those
   *     revisions as before, one transaction, once the review allowed their operations)
   * @param acknowledgements the risks it accepts, {@link Migration#acknowledgements()}
   * @param tables what the database says about the data, {@link LiveTableFacts}
   */
  public Decision decide(Schema from, List<Operation> operations, List<Acknowledgement> acknowledgements,
      TableFacts tables) {
    SafetyReport report = review(from, operations, acknowledgements, tables);
    return new Decision(report, planner.plan(from, operations, report, lockRetry));
  }

  /**
   * Reviews a revision that runs as written (SQL statements, Java code, an explicit concurrent
   * build): the same verdicts as {@link #decide}, with nothing to plan. An SQL revision's operations
   * describe what its statements do, so they are judged like the statements a diff would have made.
   */
  public SafetyReport review(Schema from, List<Operation> operations, List<Acknowledgement> acknowledgements,
      TableFacts tables) {
    return SafetyReview.review(policy, from, operations, acknowledgements, tables);
  }

  /**
   * The verdict on one revision and how to run it.
   *
   * @param report the findings; log the warned ones, refuse the revision when any is blocked
   * @param plan the phases to run when it is allowed
   */
  public record Decision(SafetyReport report, ExecutionPlan plan) {}
}
