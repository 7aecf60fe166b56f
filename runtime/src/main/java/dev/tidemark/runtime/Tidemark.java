package dev.tidemark.runtime;

import dev.tidemark.runtime.internal.HistoryTable;
import dev.tidemark.runtime.internal.catalog.Catalogs;
import dev.tidemark.runtime.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import javax.sql.DataSource;

/** The one-line boot call. */
public final class Tidemark {

  /** System property that puts migrators in dev mode (drafts allowed) unless they say otherwise. */
  public static final String DEV_MODE_PROPERTY = "tidemark.dev";

  /** Environment variable with the same effect as {@link #DEV_MODE_PROPERTY}. */
  public static final String DEV_MODE_VARIABLE = "TIDEMARK_DEV";

  // A build that never ran the processor succeeds; this is where its user first hears of it.
  private static final String NO_CATALOG_MESSAGE = "no generated migration catalog on the classpath (no META-INF/services/"
      + MigrationCatalog.class.getName() + "). Either the module with the entities is not on this classpath, or"
      + " Tidemark's annotation processor did not run when it was compiled, most often because its pom names no"
      + " maven-compiler-plugin version: Maven 3 then uses 3.1, which ignores annotationProcessorPaths. Pin"
      + " maven-compiler-plugin 3.14.0 with dev.tidemark:tidemark-processor in its annotationProcessorPaths and"
      + " rebuild (README: \"Add Tidemark to your Maven project\"); tidemark-maven-plugin's record-compile goal"
      + " fails such a build instead of letting it ship";

  private Tidemark() {}

  /**
   * Upgrades every schema whose generated catalog is on the classpath to its head revision, in
   * schema-name order, and reports what each upgrade did.
   */
  public static List<MigrationReport> migrate(DataSource dataSource) {
    return migrate(dataSource, settings -> {});
  }

  /**
   * As {@link #migrate(DataSource)}, with the same settings for every schema (timeouts, lock wait,
   * dev mode, listeners...); each schema keeps its own catalog, history and lock. Every schema's
   * settings are checked before the first one is migrated.
   */
  public static List<MigrationReport> migrate(DataSource dataSource, Consumer<Migrator.Builder> settings) {
    List<MigrationCatalog> catalogs = ServiceLoader.load(MigrationCatalog.class).stream()
        .map(ServiceLoader.Provider::get)
        .sorted(Comparator.comparing(MigrationCatalog::schema))
        .toList();
    if (catalogs.isEmpty()) {
      throw TidemarkException.of(ErrorCode.NO_CATALOG, NO_CATALOG_MESSAGE);
    }
    List<Migrator> migrators = catalogs.stream().map(catalog -> {
      Migrator.Builder builder = Migrator.builder(dataSource);
      settings.accept(builder);
      return builder.catalog(catalog).build();
    }).toList();
    return migrators.stream().map(Migrator::upgrade).toList();
  }

  /**
   * Schema {@code schema} as the database has it, without a table named {@code tidemark_history}:
   * for a database Tidemark does not manage (yet), which has no {@link Migrator}. Types, defaults
   * and check expressions are in the form PostgreSQL prints them; compare two such schemas with
   * {@link DriftReport#compare}.
   */
  public static Schema readSchema(DataSource dataSource, String schema) {
    try (Connection connection = dataSource.getConnection()) {
      return Catalogs.live(connection, schema, List.of(HistoryTable.DEFAULT_NAME));
    } catch (SQLException e) {
      throw TidemarkException.database("could not read the catalog of schema " + schema, e);
    }
  }

  static boolean devModeRequested() {
    String property = System.getProperty(DEV_MODE_PROPERTY);
    return Boolean.parseBoolean(property != null ? property : System.getenv(DEV_MODE_VARIABLE));
  }
}
