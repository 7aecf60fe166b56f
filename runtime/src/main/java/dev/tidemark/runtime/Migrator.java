package dev.tidemark.runtime;

import dev.tidemark.runtime.internal.HistoryTable;
import dev.tidemark.runtime.internal.RevisionChain;
import dev.tidemark.runtime.internal.Settings;
import dev.tidemark.runtime.internal.command.AdoptCommand;
import dev.tidemark.runtime.internal.command.CommandContext;
import dev.tidemark.runtime.internal.command.DowngradeCommand;
import dev.tidemark.runtime.internal.command.PartitionCommand;
import dev.tidemark.runtime.internal.command.RepairCommand;
import dev.tidemark.runtime.internal.command.SqlCommand;
import dev.tidemark.runtime.internal.command.StampCommand;
import dev.tidemark.runtime.internal.command.StatusCommand;
import dev.tidemark.runtime.internal.command.UpgradeCommand;
import dev.tidemark.runtime.internal.command.VerifyCommand;
import dev.tidemark.runtime.internal.safety.SafetyReview;
import dev.tidemark.runtime.schema.PostgresNames;
import dev.tidemark.runtime.schema.Schema;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The verbs that operate one schema of a PostgreSQL database: a small facade over one command
 * class per verb. Every verb returns its result as data, for a service, the command line or the
 * Maven plugin to print or act on.
 *
 * <p>An upgrade first reads the history without a lock: when nothing is pending, that one query is
 * all a boot costs. Otherwise it takes the schema's session advisory lock on a dedicated
 * connection, reads the history again (another instance may have done the work meanwhile) and
 * applies each pending revision in its own transaction together with its history row, so a
 * revision is either applied and recorded or not there at all.
 */
public final class Migrator {

  private final CommandContext context;

  private Migrator(CommandContext context) {
    this.context = context;
  }

  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource, false);
  }

  /**
   * A migrator without a database, for {@link #sql(String)} and {@link #schema()} only: a DBA's
   * script needs the catalog and the settings, never a connection. Every other verb fails with
   * {@code CONFIGURATION}.
   */
  public static Builder offline() {
    return new Builder(null, true);
  }

  /** The schema this migrator manages. */
  public String schema() {
    return context.schema();
  }

  /** Brings the database to the head revision of the catalog. */
  public MigrationReport upgrade() {
    return upgrade(RevisionChain.HEAD);
  }

  /** Brings the database up to {@code target}, a revision id or {@code head}. */
  public MigrationReport upgrade(String target) {
    return new UpgradeCommand(context).run(target);
  }

  /**
   * What {@link #upgrade(String)} would run, as an offline script, without changing anything: the
   * stale drafts it reverts first (dev mode), then the revisions it applies. Drafts are refused
   * outside dev mode as the upgrade refuses them; {@link SqlScript#empty()} when nothing is pending.
   */
  public SqlScript planUpgrade(String target) {
    return new UpgradeCommand(context).plan(target);
  }

  /** What {@link #downgrade(String)} would run, as an offline script, refusing what it refuses; changes nothing. */
  public SqlScript planDowngrade(String target) {
    return new DowngradeCommand(context).plan(target);
  }

  /**
   * Reverts applied revisions down to {@code target}: a revision id, {@code base}, or a relative
   * step such as {@code -1}. Each revision is reverted with its exact inverse (a manual revision
   * with its {@code downgrade}) in its own transaction; a revision without a downgrade stops the
   * plan before anything runs ({@code IRREVERSIBLE}).
   */
  public DowngradeReport downgrade(String target) {
    return new DowngradeCommand(context).run(target);
  }

  /**
   * Records the database as being at {@code target} (a revision id, {@code base} or {@code head})
   * without running anything: for a database brought there by other means.
   */
  public StampReport stamp(String target) {
    return new StampCommand(context).run(target);
  }

  /** The history rows {@link #stamp(String)} would record and remove; changes nothing. */
  public StampReport planStamp(String target) {
    return new StampCommand(context).plan(target);
  }

  /** The current revision, the head of this build, what is pending, the drafts, and whether the database is ahead. */
  public StatusReport status() {
    return new StatusCommand(context).status();
  }

  /** The applied revisions with when, by whom and how long, oldest first. */
  public List<HistoryEntry> history() {
    return new StatusCommand(context).history();
  }

  /** The offline script from base to the head of this build. */
  public SqlScript sql() {
    return sql(RevisionChain.BASE + ":" + RevisionChain.HEAD);
  }

  /**
   * The offline script of {@code range}, {@code from:to} with revision ids, {@code base} or
   * {@code head}: an upgrade when {@code to} is later, a downgrade when it is earlier.
   */
  public SqlScript sql(String range) {
    return new SqlCommand(context).run(range);
  }

  /**
   * The live catalog against the snapshot expected at the database's revision; throws
   * {@code DRIFT} naming each difference when they differ, else returns the clean report.
   */
  public DriftReport verify() {
    return new VerifyCommand(context).verify();
  }

  /** As {@link #verify()}, but returns the report with its differences instead of throwing. */
  public DriftReport drift() {
    return new VerifyCommand(context).drift();
  }

  /**
   * The managed schema as the database has it, without the history table: types, defaults and
   * check expressions in the form PostgreSQL prints them. Compare two such schemas with
   * {@link DriftReport#compare}.
   */
  public Schema readSchema() {
    return new VerifyCommand(context).readSchema();
  }

  /**
   * Takes over a database that has no Tidemark history. An empty schema is upgraded; a catalog
   * equal to the snapshot of a revision is stamped there without running anything; a database part
   * of the way there is bridged to the head (what is missing or different is created or altered,
   * nothing the model lacks is dropped) and stamped, in one transaction; when the bridge would
   * still leave something the model has missing or different, nothing runs ({@code ADOPTION_INCOMPLETE}).
   */
  public AdoptReport adopt() {
    return adopt(RevisionChain.HEAD);
  }

  /**
   * As {@link #adopt()}, to {@code target} (a revision id or {@code head}) instead of the head: for a
   * database built by the script of an older revision, adopted there and then upgraded as usual.
   */
  public AdoptReport adopt(String target) {
    return new AdoptCommand(context).adopt(target);
  }

  /**
   * Keeps the partitions of every range-partitioned table: the current one and {@code premake}
   * ahead exist, those past their retention are detached or dropped. Call it at boot after
   * {@link #upgrade()}, and daily in a long-running service; concurrent calls are safe.
   */
  public PartitionReport maintainPartitions() {
    return new PartitionCommand(context).run(LocalDate.now(ZoneOffset.UTC));
  }

  /** As {@link #maintainPartitions()}, as if today were {@code today} (UTC): for tests and catch-up runs. */
  public PartitionReport maintainPartitions(LocalDate today) {
    return new PartitionCommand(context).run(today);
  }

  /** What {@link #adopt()} would do, with the differences and the bridge, without changing anything. */
  public AdoptReport planAdoption() {
    return planAdoption(RevisionChain.HEAD);
  }

  /** What {@link #adopt(String)} would do, without changing anything. */
  public AdoptReport planAdoption(String target) {
    return new AdoptCommand(context).plan(target);
  }

  /**
   * Removes from the history the applied drafts this build does not carry as applied (a developer
   * switched branches with a draft applied), newest first, after reverting what it can: an entity
   * draft with the statements recorded when it was applied, a manual draft with its downgrade if
   * this build has the class. A manual draft this build lacks is only forgotten. Frozen revisions
   * are never touched.
   */
  public RepairReport repair() {
    return new RepairCommand(context).run();
  }

  /** The drafts {@link #repair()} would revert and those it would only forget; changes nothing. */
  public RepairReport planRepair() {
    return new RepairCommand(context).plan();
  }

  /** Settings of a {@link Migrator}; {@link #build()} checks them before anything touches the database. */
  public static final class Builder {

    private final DataSource dataSource;
    private final boolean offline;
    private Supplier<MigrationCatalog> catalog = () -> onlyCatalog(ServiceLoader.load(MigrationCatalog.class));
    private String schema;
    private String historySchema;
    private String historyTable = HistoryTable.DEFAULT_NAME;
    private boolean devMode = Tidemark.devModeRequested();
    private boolean allowAhead = true;
    private Duration lockWait;
    private Duration lockTimeout;
    private Duration statementTimeout;
    private SafetyPolicy safetyPolicy = SafetyPolicy.BASIC;
    private final Map<String, String> referencedSchemas = new TreeMap<>();
    private final List<MigrationListener> listeners = new ArrayList<>();

    private Builder(DataSource dataSource, boolean offline) {
      this.dataSource = dataSource;
      this.offline = offline;
    }

    /** The revisions to apply; by default the one catalog the classpath carries. */
    public Builder catalog(MigrationCatalog catalog) {
      Objects.requireNonNull(catalog, "catalog");
      this.catalog = () -> catalog;
      return this;
    }

    /**
     * The one generated catalog {@code classLoader} carries: for a tool that loads the service's
     * jars in a class loader of its own (the command line, the Maven plugin).
     */
    public Builder catalog(ClassLoader classLoader) {
      Objects.requireNonNull(classLoader, "classLoader");
      this.catalog = () -> onlyCatalog(ServiceLoader.load(MigrationCatalog.class, classLoader));
      return this;
    }

    /** The generated catalog of the ledger schema {@code ledgerSchema}, found on the classpath. */
    public Builder catalog(String ledgerSchema) {
      return catalog(ledgerSchema, Thread.currentThread().getContextClassLoader());
    }

    /** The generated catalog of the ledger schema {@code ledgerSchema} that {@code classLoader} carries. */
    public Builder catalog(String ledgerSchema, ClassLoader classLoader) {
      Objects.requireNonNull(classLoader, "classLoader");
      this.catalog = () -> ServiceLoader.load(MigrationCatalog.class, classLoader).stream()
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

    /**
     * The schema that the ledger schema {@code ledgerSchema} is migrated under, when this schema's
     * foreign keys reference it and it is migrated under another name (its own migrator's
     * {@link #schema(String)}): the keys follow it there.
     */
    public Builder referencedSchema(String ledgerSchema, String schema) {
      referencedSchemas.put(Objects.requireNonNull(ledgerSchema, "ledgerSchema"), schema);
      return this;
    }

    /** Where the history table lives: by default {@code tidemark_history} in the managed schema. */
    public Builder historyTable(String historySchema, String historyTable) {
      this.historySchema = historySchema;
      this.historyTable = historyTable;
      return this;
    }

    /** Whether draft revisions may be applied: for development databases only. */
    public Builder devMode(boolean devMode) {
      this.devMode = devMode;
      return this;
    }

    /**
     * Whether a database that has revisions this build does not know is accepted with a warning
     * (the default, for rolling deploys where a newer instance migrated first) or refused with
     * {@code DATABASE_AHEAD}.
     */
    public Builder allowAhead(boolean allowAhead) {
      this.allowAhead = allowAhead;
      return this;
    }

    /**
     * How long to wait for another instance's migration lock before failing with
     * {@code LOCK_WAIT_EXCEEDED}; by default as long as the holder's session lives.
     */
    public Builder lockWait(Duration lockWait) {
      this.lockWait = lockWait;
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

    /**
     * How strictly each revision is judged before it runs (BASIC by default): what is refused
     * without an acknowledgement, and whether long locks run in their safe multi-step form. Choose
     * the policy the processor builds with ({@code -Dtidemark.safety}).
     */
    public Builder safetyPolicy(SafetyPolicy safetyPolicy) {
      this.safetyPolicy = safetyPolicy;
      return this;
    }

    public Builder listener(MigrationListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /** Checks every setting, reporting all bad ones at once, then loads the catalog. */
    public Migrator build() {
      List<String> problems = new ArrayList<>();
      if (dataSource == null && !offline) {
        problems.add("dataSource is required; use Migrator.offline() for sql only");
      }
      checkName("schema", schema, problems);
      checkName("historySchema", historySchema, problems);
      referencedSchemas.forEach((ledgerSchema, schema) -> {
        if (schema == null) {
          problems.add("referencedSchema of " + ledgerSchema + " is required");
        } else {
          checkName("referencedSchema of " + ledgerSchema, schema, problems);
        }
      });
      if (historyTable == null) {
        problems.add("historyTable is required");
      } else {
        checkName("historyTable", historyTable, problems);
      }
      requirePositive("lockWait", lockWait, problems);
      requirePositive("lockTimeout", lockTimeout, problems);
      requirePositive("statementTimeout", statementTimeout, problems);
      if (safetyPolicy == null) {
        problems.add("safetyPolicy is required; BASIC is the default");
      } else {
        SafetyReview.timeouts(safetyPolicy, statementTimeout).ifPresent(finding ->
            problems.add("statementTimeout is required under safetyPolicy " + safetyPolicy + ": " + finding.message()));
      }
      if (!problems.isEmpty()) {
        throw TidemarkException.of(ErrorCode.CONFIGURATION, "invalid Migrator settings: " + String.join("; ", problems));
      }
      MigrationCatalog loaded = catalog.get();
      String managed = schema == null ? loaded.schema() : schema;
      Settings settings = new Settings(managed, historySchema == null ? managed : historySchema, historyTable,
          devMode, allowAhead, lockWait, lockTimeout, statementTimeout, safetyPolicy, Map.copyOf(referencedSchemas));
      return new Migrator(new CommandContext(dataSource, new RevisionChain(managed, loaded), settings,
          listeners));
    }

    private static void checkName(String setting, String value, List<String> problems) {
      if (value == null) {
        return;
      }
      if (value.isBlank() || value.indexOf('\0') >= 0) {
        problems.add(setting + " '" + value + "' is not a usable name; leave it unset for the default");
      } else if (!value.equals(PostgresNames.truncate(value))) {
        problems.add(setting + " '" + value + "' is longer than PostgreSQL's 63-byte identifier limit");
      }
    }

    private static void requirePositive(String setting, Duration value, List<String> problems) {
      if (value != null && (value.isNegative() || value.isZero())) {
        problems.add(setting + " must be positive, not " + value);
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
