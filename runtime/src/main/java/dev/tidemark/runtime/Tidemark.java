package dev.tidemark.runtime;

import dev.tidemark.runtime.internal.HistoryTable;
import dev.tidemark.runtime.internal.SchemaOrder;
import dev.tidemark.runtime.internal.catalog.Catalogs;
import dev.tidemark.runtime.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
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
   * Upgrades every schema whose generated catalog is on the classpath to its head revision, each
   * after the schemas its foreign keys reference (else in schema-name order), and reports what each
   * upgrade did.
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
    List<MigrationCatalog> catalogs = inMigrationOrder(ServiceLoader.load(MigrationCatalog.class).stream()
        .map(ServiceLoader.Provider::get)
        .toList());
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
   * {@code catalogs} in the order they are upgraded: each after the catalogs of the schemas its
   * foreign keys reference, else by schema name. Downgrade them in the reverse order.
   *
   * @throws TidemarkException {@code CONFIGURATION} when their foreign keys run in a cycle of schemas
   */
  public static List<MigrationCatalog> inMigrationOrder(List<MigrationCatalog> catalogs) {
    Map<String, MigrationCatalog> bySchema = new TreeMap<>();
    catalogs.forEach(catalog -> bySchema.put(catalog.schema(), catalog));
    Map<String, Set<String>> references = new TreeMap<>();
    bySchema.forEach((schema, catalog) -> references.put(schema, catalog.referencedSchemas()));
    return SchemaOrder.of(references)
        .map(order -> order.stream().map(bySchema::get).toList())
        .orElseThrow(() -> TidemarkException.of(ErrorCode.CONFIGURATION, "the catalogs on the classpath reference"
            + " each other in a cycle of schemas (" + String.join(" -> ", SchemaOrder.cycle(references))
            + "), so no schema can be migrated before the others; rebuild them together, and the processor"
            + " names the foreign keys that close the cycle"));
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
