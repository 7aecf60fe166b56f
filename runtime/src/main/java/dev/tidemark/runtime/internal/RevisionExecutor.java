package dev.tidemark.runtime.internal;

import dev.tidemark.runtime.ErrorCode;
import dev.tidemark.runtime.MigrationContext;
import dev.tidemark.runtime.Revision;
import dev.tidemark.runtime.TidemarkException;
import dev.tidemark.runtime.internal.safety.ExecutionPlan;
import dev.tidemark.runtime.internal.safety.LockRetry;
import dev.tidemark.runtime.internal.safety.Phase;
import dev.tidemark.runtime.internal.safety.Step;
import dev.tidemark.runtime.schema.PostgresNames;
import dev.tidemark.runtime.sql.PostgresRenderer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one revision's steps together with its history change: the one place that owns the
 * transaction, the timeouts, the statement being run and the cleanup after.
 *
 * <p>A revision whose steps all run in a transaction runs in one, with its history change, so it
 * is applied and recorded or not there at all. A revision with a {@code create index concurrently}
 * runs statement by statement, its history change last: a crash leaves it unrecorded, and the
 * retry skips an index already built and drops and rebuilds an INVALID one. Cleanup that fails
 * (rollback, restoring auto-commit or the session settings) is attached to the revision's own
 * failure as suppressed, never in its place.
 */
public final class RevisionExecutor {

  /** What a revision changes in the history, run after its steps (in its transaction if it has one). */
  public interface HistoryChange {
    void apply(Connection connection, long executionMillis) throws SQLException;
  }

  private static final Logger LOG = LoggerFactory.getLogger("dev.tidemark.runtime.Migrator");

  private final String schema;
  private final Duration lockTimeout;
  private final Duration statementTimeout;
  private final PostgresRenderer renderer;

  public RevisionExecutor(PostgresRenderer renderer, Duration lockTimeout, Duration statementTimeout) {
    this.schema = renderer.schema();
    this.lockTimeout = lockTimeout;
    this.statementTimeout = statementTimeout;
    this.renderer = renderer;
  }

  /** Runs {@code steps}, then {@code history}; returns how long that took, in milliseconds. */
  public long run(Connection connection, Revision revision, List<PlannedStep> steps, HistoryChange history) {
    Run run = new Run(connection, revision);
    return steps.stream().allMatch(PlannedStep::transactional)
        ? run.inTransaction(steps, history)
        : run.statementByStatement(steps, history);
  }

  /**
   * Runs a revision's {@link ExecutionPlan}: its phases in order, each transactional phase as one
   * transaction, each other phase alone in auto-commit; every step only when it is due. The history
   * records each phase done (in the phase's own transaction, or right after a phase outside one,
   * and says the revision is under way before such a phase), so a restart resumes at the first phase
   * not done; the last phase counts as done only with the history change, so a run never ends
   * without it; {@code history} runs in the last transactional phase, or in a transaction of its own
   * after a last phase outside one. A phase that times out on a lock is rolled back and run again as
   * the plan's {@link LockRetry} says. Returns how long it took, in milliseconds.
   *
   * @param progress where the run records its phases: {@link HistoryTable#phasesDone} and
   *     {@link HistoryTable#recordPhases} of {@code revision}
   * @param downgrade whether the plan reverts the revision (its progress is kept apart from an upgrade's)
   * @param underWay whether an earlier run may have recorded progress of it; when not (the history
   *     read under the lock says so), the run neither asks for that progress nor clears it
   */
  public long runPlan(Connection connection, Revision revision, ExecutionPlan plan, HistoryTable progress,
      boolean downgrade, boolean underWay, HistoryChange history) {
    return new PlanRun(connection, revision, plan, progress, downgrade, underWay).run(history);
  }

  /** One run of a plan: the phase it is at and the statement, for the failure message. */
  private final class PlanRun {
    private final Connection connection;
    private final Revision revision;
    private final List<Phase> phases;
    private final LockRetry lockRetry;
    private final ExecutionPlan plan;
    /** The plan's fingerprint, hashed only when progress is read or recorded: most runs never need it. */
    private String fingerprint;
    private final HistoryTable progress;
    private final boolean downgrade;
    private final long started = System.nanoTime();
    private String statement;
    /** Whether the history may hold a row of this revision's progress, which the last phase then clears. */
    private boolean progressRecorded;

    PlanRun(Connection connection, Revision revision, ExecutionPlan plan, HistoryTable progress, boolean downgrade,
        boolean underWay) {
      this.connection = connection;
      this.revision = revision;
      this.phases = plan.phases();
      this.lockRetry = plan.lockRetry();
      this.plan = plan;
      this.progress = progress;
      this.downgrade = downgrade;
      this.progressRecorded = underWay;
    }

    long run(HistoryChange history) {
      int position = 0;
      TidemarkException failure = null;
      try {
        connection.setAutoCommit(true);
        position = progressRecorded ? resumeAt(progress.phasesDone(connection, revision, downgrade, fingerprint())) : 0;
        if (position > 0) {
          LOG.info("Revision {} of schema {}: a run stopped part way; resuming at phase {} of {}", revision.id(),
              schema, position + 1, phases.size());
        }
        int[] attempts = new int[phases.size()];
        while (position < phases.size()) {
          try {
            runPhase(position, history);
            position++;
          } catch (SQLException failed) {
            attempts[position]++;
            if (lockRetry == null || !LockRetry.isLockTimeout(failed) || attempts[position] >= lockRetry.attempts()) {
              throw failed;
            }
            Duration pause = lockRetry.backoff(attempts[position] + 1);
            LOG.info("Revision {} of schema {}: phase {} timed out waiting for a lock; attempt {} of {} in {} ms",
                revision.id(), schema, position + 1, attempts[position] + 1, lockRetry.attempts(), pause.toMillis());
            Thread.sleep(pause.toMillis());
            position = resumeAt(position);
          }
        }
        return elapsedMillis();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure = TidemarkException.of(ErrorCode.INTERRUPTED, "interrupted while revision " + revision.id()
            + " of schema " + schema + " waited to retry phase " + (position + 1) + "; the next run resumes there");
        throw failure;
      } catch (SQLException | RuntimeException e) {
        failure = e instanceof TidemarkException tidemark ? tidemark
            : phases.size() == 1 ? TidemarkException.revisionFailed(schema, revision, statement, e)
            : TidemarkException.phaseFailed(schema, revision, position, phases.size(), statement, e);
        throw failure;
      } finally {
        cleanUp(failure, () -> connection.setAutoCommit(true));
      }
    }

    /**
     * Where to start, given the phases done: a phase outside a transaction is run again together
     * with the ones outside a transaction just before it, since one of them may drop the invalid
     * index a failed concurrent build of it left behind.
     */
    private int resumeAt(int phasesDone) {
      // Never past the last phase: it runs with the history change, which a row an older release left may lack.
      int position = Math.max(0, Math.min(phasesDone, phases.size() - 1));
      while (position > 0 && position < phases.size() && !phases.get(position).transactional()
          && !phases.get(position - 1).transactional()) {
        position--;
      }
      return position;
    }

    private void runPhase(int position, HistoryChange history) throws SQLException {
      Phase phase = phases.get(position);
      boolean last = position == phases.size() - 1;
      if (phase.transactional()) {
        inTransaction(() -> {
          runSteps(phase);
          finishPhase(position, last, history);
        });
      } else {
        statement = null;
        recordPhases(position);
        runAlone(phase);
        if (last) {
          // Done only with the history change: a run that stops before it runs this phase again.
          inTransaction(() -> finishPhase(position, true, history));
        } else {
          recordPhases(position + 1);
        }
      }
    }

    /** Records the phase done, or on the last one the revision itself, in the phase's transaction. */
    private void finishPhase(int position, boolean last, HistoryChange history) throws SQLException {
      statement = null;
      if (!last) {
        recordPhases(position + 1);
      } else {
        if (!downgrade && progressRecorded) {
          progress.clearUpgradeInProgress(connection, revision.id());
        }
        history.apply(connection, elapsedMillis());
      }
    }

    private void recordPhases(int phasesDone) throws SQLException {
      progressRecorded = true;
      progress.recordPhases(connection, revision, downgrade, phasesDone, fingerprint());
    }

    private String fingerprint() {
      if (fingerprint == null) {
        fingerprint = plan.fingerprint();
      }
      return fingerprint;
    }

    private void inTransaction(Work work) throws SQLException {
      connection.setAutoCommit(false);
      try {
        try (PreparedStatement set = connection.prepareStatement("select set_config(?, ?, true)")) {
          if (lockRetry != null) {
            set(set, "lock_timeout", Long.toString(lockRetry.lockTimeout().toMillis()));
          }
          if (statementTimeout != null) {
            set(set, "statement_timeout", Long.toString(statementTimeout.toMillis()));
          }
        }
        work.run();
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        try {
          connection.rollback();
        } catch (SQLException rollbackFailure) {
          e.addSuppressed(rollbackFailure);
        }
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }

    /** A statement outside a transaction: with the lock timeout, and without the statement timeout. */
    private void runAlone(Phase phase) throws SQLException {
      try (Statement session = connection.createStatement()) {
        if (lockRetry != null) {
          session.execute("set lock_timeout = " + lockRetry.lockTimeout().toMillis());
        }
        try {
          runSteps(phase);
        } finally {
          if (lockRetry != null) {
            session.execute("reset lock_timeout");
          }
        }
      }
    }

    private void runSteps(Phase phase) throws SQLException {
      try (Statement run = connection.createStatement()) {
        for (Step step : phase.steps()) {
          statement = step.statement().sql();
          if (step.due(connection)) {
            run.execute(statement);
          }
        }
      }
    }

    private long elapsedMillis() {
      return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }
  }

  private interface Work {
    void run() throws SQLException;
  }

  private static void set(PreparedStatement set, String setting, String value) throws SQLException {
    set.setString(1, setting);
    set.setString(2, value);
    set.execute();
  }

  /** The state of one revision's run: which step it is at, for the failure message. */
  private final class Run {
    private final Connection connection;
    private final Revision revision;
    private final long started = System.nanoTime();
    private String step;

    Run(Connection connection, Revision revision) {
      this.connection = connection;
      this.revision = revision;
    }

    long inTransaction(List<PlannedStep> steps, HistoryChange history) {
      TidemarkException failure = null;
      try {
        connection.setAutoCommit(false);
        // Local settings end with the transaction and never leak into a pooled connection.
        configureSession(true);
        runSteps(steps);
        long millis = elapsedMillis();
        step = null;
        history.apply(connection, millis);
        connection.commit();
        return millis;
      } catch (SQLException | RuntimeException e) {
        rollback(e);
        failure = e instanceof TidemarkException tidemark ? tidemark
            : TidemarkException.revisionFailed(schema, revision, step, e);
        throw failure;
      } finally {
        cleanUp(failure, () -> connection.setAutoCommit(true));
      }
    }

    long statementByStatement(List<PlannedStep> steps, HistoryChange history) {
      TidemarkException failure = null;
      try {
        connection.setAutoCommit(true);
        configureSession(false);
        runSteps(steps);
        long millis = elapsedMillis();
        step = null;
        history.apply(connection, millis);
        return millis;
      } catch (SQLException | RuntimeException e) {
        failure = e instanceof TidemarkException tidemark ? tidemark
            : TidemarkException.nonTransactionalRevisionFailed(schema, revision, step, e);
        throw failure;
      } finally {
        cleanUp(failure, this::resetSession);
      }
    }

    private void runSteps(List<PlannedStep> steps) throws SQLException {
      try (Statement statement = connection.createStatement()) {
        for (PlannedStep planned : steps) {
          step = planned.describe();
          if (planned instanceof PlannedStep.Java java) {
            ManualStepScope.run(new MigrationContext(connection, schema, revision), java.action());
          } else if (planned instanceof PlannedStep.ConcurrentIndex index) {
            buildConcurrently(statement, index);
          } else {
            statement.execute(((PlannedStep.Statement) planned).statement().sql());
          }
        }
      }
    }

    private void buildConcurrently(Statement statement, PlannedStep.ConcurrentIndex index) throws SQLException {
      Boolean valid = indexValidity(index.index());
      if (Boolean.TRUE.equals(valid)) {
        return;
      }
      if (valid != null) {
        step = renderer.dropIndexConcurrently(index.index()).sql();
        statement.execute(step);
        step = index.describe();
      }
      try {
        statement.execute(index.statement().sql());
      } catch (SQLException buildFailure) {
        // A failed concurrent build leaves an INVALID index that would block every retry.
        try {
          statement.execute(renderer.dropIndexConcurrently(index.index()).sql());
        } catch (SQLException dropFailure) {
          buildFailure.addSuppressed(dropFailure);
        }
        throw buildFailure;
      }
    }

    /** Whether the index exists and is valid; {@code null} when it does not exist. */
    private Boolean indexValidity(String index) throws SQLException {
      try (PreparedStatement query = connection.prepareStatement("select i.indisvalid from pg_index i"
          + " join pg_class c on c.oid = i.indexrelid join pg_namespace n on n.oid = c.relnamespace"
          + " where n.nspname = ? and c.relname = ?")) {
        query.setString(1, schema);
        query.setString(2, index);
        try (ResultSet row = query.executeQuery()) {
          return row.next() ? row.getBoolean(1) : null;
        }
      }
    }

    /**
     * Timeouts, and the managed schema first on the search path so a manual revision's unqualified
     * SQL acts on it; values bound as parameters of {@code set_config}.
     */
    private void configureSession(boolean local) throws SQLException {
      try (PreparedStatement set = connection.prepareStatement("select set_config(?, ?, ?)")) {
        set.setBoolean(3, local);
        if (lockTimeout != null) {
          set(set, "lock_timeout", Long.toString(lockTimeout.toMillis()));
        }
        if (statementTimeout != null) {
          set(set, "statement_timeout", Long.toString(statementTimeout.toMillis()));
        }
        set(set, "search_path", PostgresNames.quote(schema) + ", " + currentSearchPath());
      }
    }

    private String currentSearchPath() throws SQLException {
      try (Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery("select current_setting('search_path')")) {
        row.next();
        return row.getString(1);
      }
    }

    private void resetSession() throws SQLException {
      try (Statement statement = connection.createStatement()) {
        statement.execute("reset lock_timeout");
        statement.execute("reset statement_timeout");
        statement.execute("reset search_path");
      }
    }

    private void rollback(Exception failure) {
      try {
        connection.rollback();
      } catch (SQLException rollbackFailure) {
        failure.addSuppressed(rollbackFailure);
      }
    }

    private long elapsedMillis() {
      return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }
  }

  private interface Cleanup {
    void run() throws SQLException;
  }

  /** Runs {@code cleanup}; its failure is suppressed into the revision's failure, or thrown when there is none. */
  private void cleanUp(TidemarkException failure, Cleanup cleanup) {
    try {
      cleanup.run();
    } catch (SQLException cleanupFailure) {
      if (failure != null) {
        failure.addSuppressed(cleanupFailure);
      } else {
        throw TidemarkException.database("could not restore the connection after applying a revision to schema "
            + schema, cleanupFailure);
      }
    }
  }
}
