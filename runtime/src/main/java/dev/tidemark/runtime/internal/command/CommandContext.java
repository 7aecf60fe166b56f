package dev.tidemark.runtime.internal.command;

import dev.tidemark.runtime.ErrorCode;
import dev.tidemark.runtime.Migration;
import dev.tidemark.runtime.MigrationListener;
import dev.tidemark.runtime.Operations;
import dev.tidemark.runtime.TidemarkException;
import dev.tidemark.runtime.internal.AdvisoryLock;
import dev.tidemark.runtime.internal.HistoryRow;
import dev.tidemark.runtime.internal.HistoryTable;
import dev.tidemark.runtime.internal.PlannedStep;
import dev.tidemark.runtime.internal.RevisionChain;
import dev.tidemark.runtime.internal.RevisionExecutor;
import dev.tidemark.runtime.internal.Settings;
import dev.tidemark.runtime.internal.UpgradePlan;
import dev.tidemark.runtime.internal.safety.RevisionSafety;
import dev.tidemark.runtime.schema.PostgresNames;
import dev.tidemark.runtime.sql.PostgresRenderer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What every command of one migrator shares: the database, the chain, the settings and the listeners. */
public final class CommandContext {

  private static final Logger LOG = LoggerFactory.getLogger("dev.tidemark.runtime.Migrator");

  /** {@code null} for an offline migrator, which only scripts. */
  private final DataSource dataSource;
  private final RevisionChain chain;
  private final Settings settings;
  private final List<MigrationListener> listeners;
  private final HistoryTable history;
  private final PostgresRenderer renderer;
  private final RevisionExecutor executor;
  private final RevisionSafety safety;

  public CommandContext(DataSource dataSource, RevisionChain chain, Settings settings,
      List<MigrationListener> listeners) {
    this.dataSource = dataSource;
    this.chain = chain;
    this.settings = settings;
    this.listeners = List.copyOf(listeners);
    this.history = new HistoryTable(settings.historySchema(), settings.historyTable());
    this.renderer = new PostgresRenderer(settings.schema(), settings.referencedSchemas());
    this.executor = new RevisionExecutor(renderer, settings.lockTimeout(), settings.statementTimeout());
    this.safety = new RevisionSafety(settings.safetyPolicy(), renderer, settings.lockTimeout(),
        settings.statementTimeout());
  }

  public String schema() {
    return settings.schema();
  }

  RevisionChain chain() {
    return chain;
  }

  Settings settings() {
    return settings;
  }

  HistoryTable history() {
    return history;
  }

  PostgresRenderer renderer() {
    return renderer;
  }

  RevisionExecutor executor() {
    return executor;
  }

  RevisionSafety safety() {
    return safety;
  }

  Logger log() {
    return LOG;
  }

  void tell(Consumer<MigrationListener> event) {
    listeners.forEach(event);
  }

  /** The rendered steps of a migration's upgrade or downgrade. */
  List<PlannedStep> upgradeSteps(Migration migration) {
    Operations operations = new Operations();
    migration.upgrade(operations);
    return PlannedStep.of(operations.steps(), renderer);
  }

  List<PlannedStep> downgradeSteps(Migration migration) {
    Operations operations = new Operations();
    migration.downgrade(operations);
    return PlannedStep.of(operations.steps(), renderer);
  }

  /** The history as applied, or an empty list when there is none yet. */
  List<HistoryRow> readHistory(Connection connection) throws SQLException {
    return history.readIfExists(connection).orElse(List.of());
  }

  /** The history held against the chain; refuses a database ahead of the code unless that is allowed. */
  UpgradePlan plan(Connection connection) throws SQLException {
    List<HistoryRow> rows = readHistory(connection);
    refuseUnfinishedDowngrade(rows);
    UpgradePlan plan = UpgradePlan.of(chain, rows, settings.devMode());
    if (!plan.unknown().isEmpty()) {
      List<String> ahead = plan.unknown().stream().map(HistoryRow::revision).toList();
      if (!settings.allowAhead()) {
        throw TidemarkException.of(ErrorCode.DATABASE_AHEAD, "schema " + schema() + " is ahead of this build:"
            + " it has revision(s) " + ahead + " after " + chain.head() + ", which this build does not know."
            + " Deploy the newer build, or allow it with Migrator.builder(...).allowAhead(true) during a rolling"
            + " deploy.");
      }
      LOG.warn("Schema {} is ahead of this build: it has revision(s) {} after {}, which this build does not know."
          + " Continuing, as during a rolling deploy.", schema(), ahead, chain.head());
    }
    return plan;
  }

  /** Refuses a history with a revision a downgrade left half reverted: it is not applied, nor gone. */
  void refuseUnfinishedDowngrade(List<HistoryRow> rows) {
    rows.stream().filter(HistoryRow::downgradeUnfinished).findFirst().ifPresent(row -> {
      throw TidemarkException.of(ErrorCode.DIVERGED_HISTORY, "revision " + row.revision() + " of schema " + schema()
          + " is half reverted: a downgrade of it stopped part way. Run the downgrade to "
          + (row.parent() == null ? "base" : row.parent())
          + " again to finish it; an upgrade refuses the schema until then.");
    });
  }

  interface ConnectionWork<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs {@code work} on a connection of its own; a database failure names {@code purpose}. */
  <T> T withConnection(String purpose, ConnectionWork<T> work) {
    if (dataSource == null) {
      throw TidemarkException.of(ErrorCode.CONFIGURATION, "cannot " + purpose + " of schema " + schema()
          + ": this Migrator was built offline, for sql only; build it with Migrator.builder(dataSource)");
    }
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw TidemarkException.database("could not " + purpose + " of schema " + schema(), e);
    }
  }

  /**
   * Runs {@code work} under the schema's session advisory lock, on a dedicated connection in
   * auto-commit (no transaction stays open between revisions), with the schema and history table created.
   * Unlocking and closing failures are suppressed into the work's own failure.
   */
  <T> T underLock(String purpose, ConnectionWork<T> work) {
    return withConnection(purpose, connection -> {
      connection.setAutoCommit(true);
      try (AdvisoryLock lock = AdvisoryLock.acquire(connection, schema(), settings.lockWait(), this::waitingForLock)) {
        try (Statement statement = connection.createStatement()) {
          for (String sql : setupStatements()) {
            statement.execute(sql);
          }
        }
        return work.run(connection);
      }
    });
  }

  /** The managed schema and the history table, created if missing: by every locked verb and offline script. */
  List<String> setupStatements() {
    List<String> statements = new ArrayList<>();
    statements.add("create schema if not exists " + PostgresNames.quote(schema()));
    statements.addAll(history.createStatements());
    statements.addAll(history.upgradeStatements());
    return statements;
  }

  private void waitingForLock(String holder, Duration waited) {
    LOG.info("Waiting {} s for the migration lock of schema {}, held by {}", waited.toSeconds(), schema(), holder);
    tell(listener -> listener.waitingForLock(schema(), holder, waited));
  }
}
