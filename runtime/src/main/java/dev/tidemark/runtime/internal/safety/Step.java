package dev.tidemark.runtime.internal.safety;

import dev.tidemark.runtime.sql.SqlGuard;
import dev.tidemark.runtime.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/**
 * One statement of a plan, run only when its guard holds.
 *
 * @param statement the statement, with whether it may run in a transaction and the lock it takes
 * @param guard the condition for running it, or {@code null} to run it always
 */
public record Step(SqlStatement statement, SqlGuard guard) {

  public Step {
    Objects.requireNonNull(statement, "statement");
  }

  public static Step always(SqlStatement statement) {
    return new Step(statement, null);
  }

  public static Step onlyIf(SqlGuard guard, SqlStatement statement) {
    return new Step(statement, Objects.requireNonNull(guard, "guard"));
  }

  /** Whether the statement should run now, asking the database when it has a guard. */
  public boolean due(Connection connection) throws SQLException {
    return guard == null || guard.holds(connection);
  }
}
