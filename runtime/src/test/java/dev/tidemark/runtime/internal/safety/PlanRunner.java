package dev.tidemark.runtime.internal.safety;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/** Runs plans the way the executor's contract says, without history or retries: enough to compare catalogs. */
final class PlanRunner {

  private PlanRunner() {}

  static void run(DataSource database, ExecutionPlan plan) throws SQLException {
    run(database, plan.phases());
  }

  static void run(DataSource database, List<Phase> phases) throws SQLException {
    try (Connection connection = database.getConnection()) {
      for (Phase phase : phases) {
        connection.setAutoCommit(!phase.transactional());
        try (Statement statement = connection.createStatement()) {
          for (Step step : phase.steps()) {
            if (step.due(connection)) {
              statement.execute(step.statement().sql());
            }
          }
          if (phase.transactional()) {
            connection.commit();
          }
        } catch (SQLException failure) {
          if (phase.transactional()) {
            connection.rollback();
          }
          throw failure;
        }
      }
    }
  }
}
