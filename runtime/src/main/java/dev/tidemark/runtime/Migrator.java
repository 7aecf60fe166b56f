package dev.tidemark.runtime;

import dev.tidemark.runtime.internal.AdvisoryLock;
import dev.tidemark.runtime.internal.HistoryRow;
import dev.tidemark.runtime.internal.HistoryTable;
import dev.tidemark.runtime.internal.RevisionChain;
import dev.tidemark.runtime.internal.UpgradePlan;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.schema.PostgresNames;
import dev.tidemark.runtime.sql.PostgresRenderer;
import dev.tidemark.runtime.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies one schema's revisions to a PostgreSQL database.
 *
 * <p>An upgrade first reads the history without a lock: when nothing is pending, that one query is
 * all a boot costs. Otherwise it takes the schema's session advisory lock on a dedicated
 * connection, reads the history again (another instance may have done the work meanwhile) and
 * applies each pending revision in its own transaction together with its history row, so a
 * revision is either applied and recorded or not there at all.
 */
public final class Migrator {

  private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

  private final DataSource dataSource;
  private final RevisionChain chain;
  private final String schema;
  private final boolean devMode;
  private final Duration lockTimeout;
  private final Duration statementTimeout;
  private final List<MigrationListener> listeners;
  private final HistoryTable history;
  private final PostgresRenderer renderer;
  /** The statement or step being run, for the failure message; one migration runs at a time. */
  private String currentStep;

  private Migrator(Builder builder, MigrationCatalog catalog) {
    this.dataSource = builder.dataSource;
    this.schema = builder.schema == null ? catalog.schema() : builder.schema;
    this.chain = new RevisionChain(schema, catalog.migrations());
    this.devMode = builder.devMode;
    this.lockTimeout = builder.lockTimeout;
    this.statementTimeout = builder.statementTimeout;
    this.listeners = List.copyOf(builder.listeners);
    this.history = new HistoryTable(schema);
    this.renderer = new PostgresRenderer(schema);
  }

  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /** The schema this migrator manages. */
  public String schema() {
    return schema;
  }

  /** Brings the database to the head revision of the catalog. */
  public MigrationReport upgrade() {
    long started = System.nanoTime();
    chain.draft().filter(draft -> !devMode).ifPresent(draft -> {
      throw TidemarkException.of(ErrorCode.DRAFT_REFUSED, "this build carries draft revision " + draft.id()
          + " of schema " + schema + ", which only dev mode applies. Freeze it"
          + " (mvn clean compile -Dtidemark.freeze=<name>) before shipping, or enable dev mode"
          + " (-Dtidemark.dev=true or Migrator.builder(...).devMode(true)) on a development database.");
    });
    UpgradePlan plan = withConnection("read the history of schema " + schema,
        connection -> UpgradePlan.of(chain, history.readIfExists(connection).orElse(List.of()), devMode));
    if (!plan.hasWork()) {
      warnIfAhead(plan);
      return new MigrationReport(schema, List.of(), List.of(), plan.head(), since(started));
    }
    return withConnection("migrate schema " + schema, connection -> applyUnderLock(connection, started));
  }

  private MigrationReport applyUnderLock(Connection connection, long started) throws SQLException {
    connection.setAutoCommit(true);
    try (AdvisoryLock lock = AdvisoryLock.acquire(connection, schema, this::waitingForLock)) {
      history.create(connection);
      UpgradePlan plan = UpgradePlan.of(chain, history.readIfExists(connection).orElse(List.of()), devMode);
      warnIfAhead(plan);
      List<HistoryRow> stale = new ArrayList<>(plan.staleDrafts());
      Collections.reverse(stale);
      for (HistoryRow draft : stale) {
        revertDraft(connection, draft);
      }
      List<MigrationReport.AppliedRevision> applied = new ArrayList<>();
      for (Migration migration : plan.pending()) {
        applied.add(apply(connection, migration));
      }
      String head = applied.isEmpty() ? plan.head() : chain.head();
      List<String> reverted = plan.staleDrafts().stream().map(HistoryRow::revision).toList();
      return new MigrationReport(schema, reverted, applied, head, since(started));
    }
  }

  private MigrationReport.AppliedRevision apply(Connection connection, Migration migration) throws SQLException {
    Revision revision = migration.revision();
    Operations upgrade = new Operations();
    migration.upgrade(upgrade);
    listeners.forEach(listener -> listener.beforeRevision(schema, revision));
    LOG.info("Applying revision {} to schema {}: {}", revision.id(), schema, revision.description());
    long started = System.nanoTime();
    try {
      inTransaction(connection, revision, () -> {
        runSteps(connection, upgrade.steps());
        long executionMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        history.insert(connection, revision, executionMillis, revision.draft() ? recordedDowngrade(migration) : null);
      });
    } catch (TidemarkException failure) {
      listeners.forEach(listener -> listener.revisionFailed(schema, revision, failure));
      throw failure;
    }
    Duration elapsed = since(started);
    listeners.forEach(listener -> listener.afterRevision(schema, revision, elapsed));
    return new MigrationReport.AppliedRevision(revision, elapsed.toMillis());
  }

  /**
   * The statements that undo a draft, kept with its history row so dev mode can revert it after
   * the draft changed; {@code null} for a manual draft, whose downgrade is Java code.
   */
  private List<String> recordedDowngrade(Migration migration) {
    Operations downgrade = new Operations();
    migration.downgrade(downgrade);
    if (downgrade.steps().size() != downgrade.list().size()) {
      return null;
    }
    return renderer.render(downgrade.list()).stream().map(SqlStatement::sql).toList();
  }

  /**
   * Dev mode: undoes an applied draft the jar no longer carries as applied, in one transaction with
   * the removal of its history row: with the statements recorded when it was applied or, for a
   * manual draft, with the downgrade of the class as this build has it.
   */
  private void revertDraft(Connection connection, HistoryRow draft) throws SQLException {
    LOG.info("Reverting draft {} of schema {}: it changed or was frozen since it was applied (dev mode)",
        draft.revision(), schema);
    Optional<List<String>> recorded = history.draftDowngrade(connection, draft.revision());
    List<Object> steps;
    if (recorded.isPresent()) {
      steps = List.copyOf(recorded.get());
    } else {
      Migration manual = chain.migrations().stream()
          .filter(migration -> migration.revision().id().equals(draft.revision()))
          .findFirst()
          .orElseThrow(() -> TidemarkException.of(ErrorCode.DIVERGED_HISTORY, "manual draft " + draft.revision()
              + " of schema " + schema + " was applied, but this build no longer has it to revert it."
              + " Revert it by hand, delete its history row, or recreate the development database."));
      LOG.warn("Reverting manual draft {} with the downgrade of the class as this build has it", draft.revision());
      Operations downgrade = new Operations();
      manual.downgrade(downgrade);
      steps = downgrade.steps();
    }
    Revision revision = new Revision(draft.revision(), draft.parent(), "revert draft", draft.checksum(), true);
    inTransaction(connection, revision, () -> {
      runSteps(connection, steps);
      history.delete(connection, draft.revision());
    });
  }

  private interface TransactionWork {
    void run() throws SQLException;
  }

  /**
   * Runs {@code work} as one transaction, with the revision's timeouts. A failure rolls all of it
   * back and becomes a {@code REVISION_FAILED} naming the revision and the step that failed.
   */
  private void inTransaction(Connection connection, Revision revision, TransactionWork work) throws SQLException {
    currentStep = null;
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      // set local: the timeouts end with the transaction and never leak into a pooled connection.
      if (lockTimeout != null) {
        statement.execute("set local lock_timeout = " + lockTimeout.toMillis());
      }
      if (statementTimeout != null) {
        statement.execute("set local statement_timeout = " + statementTimeout.toMillis());
      }
      work.run();
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      rollback(connection, e);
      // A manual revision's own exception is a failed revision too, not a crash of the migrator.
      throw e instanceof TidemarkException tidemark ? tidemark
          : TidemarkException.revisionFailed(schema, revision, currentStep, e);
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /** Runs schema operations (rendered), recorded statements and JDBC steps, in order. */
  private void runSteps(Connection connection, List<Object> steps) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (Object step : steps) {
        if (step instanceof Operations.JdbcStep jdbc) {
          currentStep = "manual step " + jdbc.description();
          jdbc.action().run(connection);
        } else {
          currentStep = step instanceof Operation operation ? renderer.render(operation).sql() : (String) step;
          statement.execute(currentStep);
        }
      }
      currentStep = null;
    }
  }

  private void waitingForLock(String holder, Duration waited) {
    LOG.info("Waiting {} s for the migration lock of schema {}, held by {}", waited.toSeconds(), schema, holder);
    listeners.forEach(listener -> listener.waitingForLock(schema, holder, waited));
  }

  private void warnIfAhead(UpgradePlan plan) {
    if (!plan.unknown().isEmpty()) {
      LOG.warn("Schema {} is ahead of this build: it has revision(s) {} after {}, which this build does not know."
              + " Continuing, as during a rolling deploy.",
          schema, plan.unknown().stream().map(HistoryRow::revision).toList(), chain.head());
    }
  }

  private static void rollback(Connection connection, Exception failure) {
    try {
      connection.rollback();
    } catch (SQLException rollbackFailure) {
      failure.addSuppressed(rollbackFailure);
    }
  }

  private interface ConnectionWork<T> {
    T run(Connection connection) throws SQLException;
  }

  private <T> T withConnection(String purpose, ConnectionWork<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw TidemarkException.database("could not " + purpose, e);
    }
  }

  private static Duration since(long startedNanos) {
    return Duration.ofNanos(System.nanoTime() - startedNanos);
  }

  /** Settings of a {@link Migrator}; {@link #build()} checks them before anything touches the database. */
  public static final class Builder {

    private final DataSource dataSource;
    private Supplier<MigrationCatalog> catalog = () -> onlyCatalog(ServiceLoader.load(MigrationCatalog.class));
    private String schema;
    private boolean devMode = Tidemark.devModeRequested();
    private Duration lockTimeout;
    private Duration statementTimeout;
    private final List<MigrationListener> listeners = new ArrayList<>();

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /** The revisions to apply; by default the one catalog the classpath carries. */
    public Builder catalog(MigrationCatalog catalog) {
      Objects.requireNonNull(catalog, "catalog");
      this.catalog = () -> catalog;
      return this;
    }

    /** The generated catalog of the ledger schema {@code ledgerSchema}, found on the classpath. */
    public Builder catalog(String ledgerSchema) {
      this.catalog = () -> ServiceLoader.load(MigrationCatalog.class).stream()
          .map(ServiceLoader.Provider::get)
          .filter(candidate -> candidate.schema().equals(ledgerSchema))
          .findFirst()
          .orElseThrow(() -> TidemarkException.of(ErrorCode.NO_CATALOG,
              "no generated catalog for schema " + ledgerSchema + " on the classpath"));
      return this;
    }

    /** The schema to migrate, when it is not the one the ledger names (a blue/green copy, a test). */
    public Builder schema(String schema) {
      this.schema = schema;
      return this;
    }

    /** Whether draft revisions may be applied: for development databases only. */
    public Builder devMode(boolean devMode) {
      this.devMode = devMode;
      return this;
    }

    /** How long each revision's statements wait for a table lock before failing the revision. */
    public Builder lockTimeout(Duration lockTimeout) {
      this.lockTimeout = lockTimeout;
      return this;
    }

    /** How long each of a revision's statements may run before failing the revision. */
    public Builder statementTimeout(Duration statementTimeout) {
      this.statementTimeout = statementTimeout;
      return this;
    }

    public Builder listener(MigrationListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    public Migrator build() {
      if (dataSource == null) {
        throw TidemarkException.of(ErrorCode.CONFIGURATION, "dataSource is required");
      }
      if (schema != null && schema.isBlank()) {
        throw TidemarkException.of(ErrorCode.CONFIGURATION, "schema is blank; leave it unset to use the ledger's");
      }
      if (schema != null && !schema.equals(PostgresNames.truncate(schema))) {
        throw TidemarkException.of(ErrorCode.CONFIGURATION,
            "schema '" + schema + "' is longer than PostgreSQL's 63-byte identifier limit");
      }
      requirePositive("lockTimeout", lockTimeout);
      requirePositive("statementTimeout", statementTimeout);
      return new Migrator(this, catalog.get());
    }

    private static void requirePositive(String setting, Duration value) {
      if (value != null && (value.isNegative() || value.isZero())) {
        throw TidemarkException.of(ErrorCode.CONFIGURATION, setting + " must be positive, not " + value);
      }
    }

    private static MigrationCatalog onlyCatalog(ServiceLoader<MigrationCatalog> loader) {
      List<MigrationCatalog> found = loader.stream().map(ServiceLoader.Provider::get).toList();
      if (found.size() != 1) {
        throw TidemarkException.of(ErrorCode.NO_CATALOG, found.isEmpty()
            ? "no generated migration catalog on the classpath; is the Tidemark processor on the"
                + " annotation processor path of the module with the entities?"
            : "several migration catalogs on the classpath (" + found.stream().map(MigrationCatalog::schema)
                .toList() + "); choose one with Migrator.builder(...).catalog(schema)");
      }
      return found.get(0);
    }
  }
}
