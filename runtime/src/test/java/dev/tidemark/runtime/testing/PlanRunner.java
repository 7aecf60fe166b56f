package dev.tidemark.runtime.testing;

import dev.tidemark.runtime.internal.safety.ExecutionPlan;
import dev.tidemark.runtime.internal.safety.LockRetry;
import dev.tidemark.runtime.internal.safety.Phase;
import dev.tidemark.runtime.internal.safety.Step;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Runs plans as the executor's contract says (phases in order, each a transaction or one
 * statement alone, a phase that timed out on a lock retried as its {@link LockRetry} says), without
 * the history: enough for tests and the benchmark.
 */
public final class PlanRunner {

  private PlanRunner() {}

  public static void run(DataSource database, ExecutionPlan plan) throws SQLException {
    run(database, plan.phases(), plan.lockRetry());
  }

  public static void run(DataSource database, List<Phase> phases, LockRetry lockRetry) throws SQLException {
    try (Connection connection = database.getConnection()) {
      run(connection, phases, lockRetry);
    }
  }

  /** Runs the phases on {@code connection}, which the caller opened and closes. */
  public static void run(Connection connection, List<Phase> phases, LockRetry lockRetry) throws SQLException {
    for (Phase phase : phases) {
      runWithRetries(connection, phase, lockRetry);
    }
  }

  private static void runWithRetries(Connection connection, Phase phase, LockRetry lockRetry) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        runOnce(connection, phase, lockRetry);
        return;
      } catch (SQLException failure) {
        if (lockRetry == null || !LockRetry.isLockTimeout(failure) || attempt >= lockRetry.attempts()) {
          throw failure;
        }
        pause(lockRetry.backoff(attempt + 1).toMillis(), failure);
      }
    }
  }

  private static void runOnce(Connection connection, Phase phase, LockRetry lockRetry) throws SQLException {
    connection.setAutoCommit(!phase.transactional());
    try (Statement statement = connection.createStatement()) {
      if (lockRetry != null) {
        // set local ends with the transaction; outside one, set it for the statement and reset it after.
        statement.execute((phase.transactional() ? "set local" : "set") + " lock_timeout = "
            + lockRetry.lockTimeout().toMillis());
      }
      try {
        for (Step step : phase.steps()) {
          if (step.due(connection)) {
            statement.execute(step.statement().sql());
          }
        }
        if (phase.transactional()) {
          connection.commit();
        }
      } finally {
        if (lockRetry != null && !phase.transactional()) {
          statement.execute("reset lock_timeout");
        }
      }
    } catch (SQLException failure) {
      if (phase.transactional()) {
        connection.rollback();
      }
      throw failure;
    }
  }

  private static void pause(long millis, SQLException failure) throws SQLException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw failure;
    }
  }
}
