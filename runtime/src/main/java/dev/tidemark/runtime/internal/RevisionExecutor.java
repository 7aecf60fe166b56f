package dev.tidemark.runtime.internal;

import dev.tidemark.runtime.MigrationContext;
import dev.tidemark.runtime.Revision;
import dev.tidemark.runtime.TidemarkException;
import dev.tidemark.runtime.schema.PostgresNames;
import dev.tidemark.runtime.sql.PostgresRenderer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

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

  private final String schema;
  private final Duration lockTimeout;
  private final Duration statementTimeout;
  private final PostgresRenderer renderer;

  public RevisionExecutor(String schema, Duration lockTimeout, Duration statementTimeout) {
    this.schema = schema;
    this.lockTimeout = lockTimeout;
    this.statementTimeout = statementTimeout;
    this.renderer = new PostgresRenderer(schema);
  }

  /** Runs {@code steps}, then {@code history}; returns how long that took, in milliseconds. */
  public long run(Connection connection, Revision revision, List<PlannedStep> steps, HistoryChange history) {
    Run run = new Run(connection, revision);
    return steps.stream().allMatch(PlannedStep::transactional)
        ? run.inTransaction(steps, history)
        : run.statementByStatement(steps, history);
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

    private void set(PreparedStatement set, String setting, String value) throws SQLException {
      set.setString(1, setting);
      set.setString(2, value);
      set.execute();
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
