package dev.tidemark.runtime;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import javax.sql.DataSource;

/** The one-line boot call. */
public final class Tidemark {

  /** System property that puts migrators in dev mode (drafts allowed) unless they say otherwise. */
  public static final String DEV_MODE_PROPERTY = "tidemark.dev";

  /** Environment variable with the same effect as {@link #DEV_MODE_PROPERTY}. */
  public static final String DEV_MODE_VARIABLE = "TIDEMARK_DEV";

  private Tidemark() {}

  /**
   * Upgrades every schema whose generated catalog is on the classpath to its head revision, in
   * schema-name order, and reports what each upgrade did.
   */
  public static List<MigrationReport> migrate(DataSource dataSource) {
    List<MigrationCatalog> catalogs = ServiceLoader.load(MigrationCatalog.class).stream()
        .map(ServiceLoader.Provider::get)
        .sorted(Comparator.comparing(MigrationCatalog::schema))
        .toList();
    if (catalogs.isEmpty()) {
      throw TidemarkException.of(ErrorCode.NO_CATALOG, "no generated migration catalog on the classpath;"
          + " is the Tidemark processor on the annotation processor path of the module with the entities?");
    }
    return catalogs.stream()
        .map(catalog -> Migrator.builder(dataSource).catalog(catalog).build().upgrade())
        .toList();
  }

  static boolean devModeRequested() {
    String property = System.getProperty(DEV_MODE_PROPERTY);
    return Boolean.parseBoolean(property != null ? property : System.getenv(DEV_MODE_VARIABLE));
  }
}
