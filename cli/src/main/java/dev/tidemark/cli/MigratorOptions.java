package dev.tidemark.cli;

import dev.tidemark.runtime.MigrationCatalog;
import dev.tidemark.runtime.Migrator;
import dev.tidemark.runtime.SafetyPolicy;
import java.time.Duration;
import javax.sql.DataSource;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@link Migrator.Builder} settings, as options every verb shares. */
final class MigratorOptions {

  @Mixin
  private CatalogOptions catalog;

  @Option(names = "--managed-schema", paramLabel = "<schema>",
      description = "Migrate this database schema instead of the one the ledger names (a blue/green copy).")
  private String managedSchema;

  @Option(names = "--history-table", paramLabel = "<schema.table>",
      description = "Where the history lives; default: tidemark_history in the managed schema.")
  private String historyTable;

  @Option(names = "--dev", description = "Dev mode: draft revisions may be applied. Never on shared databases.")
  private boolean devMode;

  @Option(names = "--lock-timeout", paramLabel = "<duration>", converter = DurationConverter.class,
      description = "How long each statement waits for a table lock before its revision fails (5s, 500ms, PT5S).")
  private Duration lockTimeout;

  @Option(names = "--statement-timeout", paramLabel = "<duration>", converter = DurationConverter.class,
      description = "How long each statement may run before its revision fails.")
  private Duration statementTimeout;

  @Option(names = "--lock-wait", paramLabel = "<duration>", converter = DurationConverter.class,
      description = "How long to wait for another migration's lock; default: as long as it works.")
  private Duration lockWait;

  @Option(names = "--safety", paramLabel = "basic|enhanced|strict", converter = SafetyPolicyConverter.class,
      description = "How strictly revisions are judged and whether safe forms run; default: basic.")
  private SafetyPolicy safety;

  private MigrationCatalog loaded;

  /** The selected catalog, loaded once. */
  MigrationCatalog catalog() {
    if (loaded == null) {
      loaded = catalog.load();
    }
    return loaded;
  }

  boolean devMode() {
    return devMode;
  }

  /** A builder with every setting given; {@link Migrator.Builder#build()} checks them before connecting. */
  Migrator.Builder builder(DataSource dataSource) {
    return configure(Migrator.builder(dataSource));
  }

  /** As {@link #builder(DataSource)}, for a verb that never connects. */
  Migrator.Builder offlineBuilder() {
    return configure(Migrator.offline());
  }

  private Migrator.Builder configure(Migrator.Builder builder) {
    builder.catalog(catalog())
        .schema(managedSchema)
        .devMode(devMode)
        .lockTimeout(lockTimeout)
        .statementTimeout(statementTimeout)
        .lockWait(lockWait);
    if (safety != null) {
      builder.safetyPolicy(safety);
    }
    if (historyTable != null) {
      int dot = historyTable.indexOf('.');
      builder.historyTable(dot < 0 ? null : historyTable.substring(0, dot), historyTable.substring(dot + 1));
    }
    return builder;
  }
}
