package dev.tidemark.runtime.internal;

import dev.tidemark.runtime.JdbcAction;
import dev.tidemark.runtime.Operations;
import dev.tidemark.runtime.operation.CreateIndex;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.sql.LockLevel;
import dev.tidemark.runtime.sql.PostgresRenderer;
import dev.tidemark.runtime.sql.SqlStatement;
import java.util.List;

/** One step of a revision, rendered and ready for the {@link RevisionExecutor}. */
public sealed interface PlannedStep {

  /** Whether the step may run inside the revision's transaction. */
  boolean transactional();

  /** What a failure message shows: the SQL, or the manual step's name. */
  String describe();

  /** A statement rendered from an operation, or recorded with an applied draft. */
  record Statement(SqlStatement statement) implements PlannedStep {
    @Override
    public boolean transactional() {
      return statement.transactional();
    }

    @Override
    public String describe() {
      return statement.sql();
    }
  }

  /** {@code create index concurrently}: skipped when a valid index is there, rebuilt when an INVALID one is. */
  record ConcurrentIndex(SqlStatement statement, String index) implements PlannedStep {
    @Override
    public boolean transactional() {
      return false;
    }

    @Override
    public String describe() {
      return statement.sql();
    }
  }

  /** Java code of a manual revision. */
  record Java(String description, JdbcAction action) implements PlannedStep {
    @Override
    public boolean transactional() {
      return true;
    }

    @Override
    public String describe() {
      return "manual step " + description;
    }
  }

  /**
   * The steps of a migration's upgrade or downgrade, rendered against the managed schema; steps
   * recorded only for the model do not run, so they have no planned step.
   */
  static List<PlannedStep> of(List<Operations.Step> steps, PostgresRenderer renderer) {
    return steps.stream()
        .filter(step -> !(step instanceof Operations.ModelOnlyStep))
        .flatMap(step -> of(step, renderer).stream())
        .toList();
  }

  private static List<PlannedStep> of(Operations.Step step, PostgresRenderer renderer) {
    if (step instanceof Operations.JdbcStep jdbc) {
      return List.of(new Java(jdbc.description(), jdbc.action()));
    }
    if (step instanceof Operations.SqlStep sql) {
      // Hand-written SQL may lock anything: assume the strongest lock.
      return List.of(new Statement(new SqlStatement(sql.sql(), true, LockLevel.ACCESS_EXCLUSIVE)));
    }
    Operations.SchemaStep schemaStep = (Operations.SchemaStep) step;
    Operation operation = schemaStep.operation();
    if (schemaStep.concurrently() && operation instanceof CreateIndex index) {
      return List.of(new ConcurrentIndex(renderer.renderConcurrently(index), index.index().name()));
    }
    return renderer.renderAll(operation).stream().<PlannedStep>map(Statement::new).toList();
  }

  /**
   * Statements recorded with an applied draft, which undo it, or a bridge rendered earlier. Their
   * lock level is no longer known, so the strongest is assumed.
   */
  static List<PlannedStep> recorded(List<String> statements) {
    return statements.stream()
        .<PlannedStep>map(sql -> new Statement(new SqlStatement(sql, true, LockLevel.ACCESS_EXCLUSIVE)))
        .toList();
  }
}
