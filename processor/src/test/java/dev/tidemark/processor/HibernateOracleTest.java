package dev.tidemark.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.tidemark.runtime.AdoptReport;
import dev.tidemark.runtime.MigrationCatalog;
import dev.tidemark.runtime.Migrator;
import dev.tidemark.runtime.Tidemark;
import dev.tidemark.runtime.testing.CatalogDump;
import dev.tidemark.runtime.testing.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hibernate is the judge. For every model under {@code src/test/resources/oracle/<model>/}: compile
 * it with the processor and apply the generated migrations to a fresh database A; let Hibernate
 * export the schema of the same classes into a fresh database B; both catalogs, read through
 * {@code pg_catalog}, must be equal, and Hibernate's schema validation must pass on A.
 *
 * <p>Documented differences, where Tidemark chooses otherwise, are left out of the comparison by
 * {@link CatalogDump}: column order (Hibernate sorts by type size, Tidemark keeps declaration order)
 * and the sequences behind identity columns (PostgreSQL names them). A model's
 * {@code tidemark.properties} may set {@code naming} (shared by the processor and Hibernate) and
 * {@code validate=false} for a model Hibernate's own validation cannot read: names longer than 63
 * bytes, which PostgreSQL truncates and Hibernate then looks up in full (the catalogs are still
 * compared). A model spanning several schemas lists those besides the default one in
 * {@code schemas} (comma-separated): each schema's catalog is compared, and the generated catalogs
 * are upgraded in {@link Tidemark#inMigrationOrder}, as a service's boot does; Hibernate's export of
 * such a model must then be adopted by a plain stamp, which reads every key into another schema.
 */
class HibernateOracleTest {

  static final String SCHEMA = "oracle";
  private static final Path MODELS = Path.of(System.getProperty("tidemark.oracleDir", "src/test/resources/oracle"));
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");

  @TempDir
  Path ledgerDir;

  /** The models, or those whose names match {@code -Dtidemark.oracleModels=<regex>} while working on a few. */
  static Stream<String> models() throws IOException {
    Pattern chosen = Pattern.compile(System.getProperty("tidemark.oracleModels", ".*"));
    try (Stream<Path> directories = Files.list(MODELS)) {
      return directories.filter(Files::isDirectory).map(path -> path.getFileName().toString())
          .filter(name -> chosen.matcher(name).matches()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void tidemarkBuildsTheSchemaHibernateExports(String model) throws IOException {
    List<Path> sources = sources(model);
    Properties options = options(model);
    String naming = options.getProperty("naming", "hibernate");
    Compilation compilation = new TidemarkCompiler(ledgerDir).compileSucceeding(
        sources.stream().map(source -> "oracle/" + model + "/" + source.getFileName()).toList(),
        "-Atidemark.schema=" + SCHEMA, "-Atidemark.package=oracle.generated", "-Atidemark.naming=" + naming);
    GeneratedClasses classes = new GeneratedClasses(compilation);
    List<MigrationCatalog> catalogs = catalogs(compilation, classes);
    List<Class<?>> entities = entityClasses(sources, classes);
    List<String> schemas = new ArrayList<>(List.of(SCHEMA));
    Arrays.stream(options.getProperty("schemas", "").split(",")).map(String::trim).filter(name -> !name.isEmpty())
        .forEach(schemas::add);
    assertTrue(schemas.containsAll(catalogs.stream().map(MigrationCatalog::schema).toList()),
        () -> "catalogs for schemas the model does not list in tidemark.properties: " + catalogs);

    DataSource migrated = TestPostgres.freshDatabase();
    for (MigrationCatalog catalog : Tidemark.inMigrationOrder(catalogs)) {
      Migrator.builder(migrated).catalog(catalog).devMode(true).build().upgrade();
    }
    DataSource exported = TestPostgres.freshDatabase();
    hibernate(exported, entities, "create", naming);

    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    for (String schema : schemas) {
      CatalogDump.of(exported, schema).forEach(line -> expected.add(schema + ": " + line));
      CatalogDump.of(migrated, schema).forEach(line -> actual.add(schema + ": " + line));
    }
    assertTrue(expected.size() > 1, () -> "Hibernate exported almost nothing for " + model + ": " + expected);
    assertEquals(String.join("\n", expected), String.join("\n", actual),
        "catalog built by Tidemark's migrations (actual) against Hibernate's export (expected)");
    if (Boolean.parseBoolean(options.getProperty("validate", "true"))) {
      hibernate(migrated, entities, "validate", naming);
    }
    if (schemas.size() > 1) {
      // Tidemark reads keys into other schemas as it writes them: Hibernate's export is adopted as it stands.
      for (MigrationCatalog catalog : Tidemark.inMigrationOrder(catalogs)) {
        AdoptReport adoption = Migrator.builder(exported).catalog(catalog).devMode(true).build().planAdoption();
        assertEquals(List.of(), adoption.differences(), () -> "adopting schema " + catalog.schema());
        assertEquals(AdoptReport.Outcome.WOULD_STAMP, adoption.outcome(), () -> "adopting schema " + catalog.schema());
      }
    }
  }

  /**
   * Runs Hibernate over {@code entities}: {@code create} exports the schema, {@code validate} checks
   * it; {@code naming} is the physical naming the processor used, configured the same way.
   */
  static void hibernate(DataSource database, List<Class<?>> entities, String action, String naming) {
    // The entities live in memory, in the compilation's class loader: Hibernate must look there.
    BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
        .applyClassLoader(entities.get(0).getClassLoader())
        .build();
    StandardServiceRegistryBuilder registry = new StandardServiceRegistryBuilder(bootstrap)
        .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, database)
        .applySetting(AvailableSettings.DEFAULT_SCHEMA, SCHEMA);
    if (naming.equals("snake_case")) {
      registry.applySetting(AvailableSettings.PHYSICAL_NAMING_STRATEGY, CamelCaseToUnderscoresNamingStrategy.class.getName());
    }
    if (action.equals("create")) {
      registry.applySetting(AvailableSettings.HBM2DDL_CREATE_SCHEMAS, true)
          .applySetting(AvailableSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, "create");
    } else {
      registry.applySetting(AvailableSettings.HBM2DDL_AUTO, action);
    }
    MetadataSources sources = new MetadataSources(registry.build());
    entities.forEach(sources::addAnnotatedClass);
    sources.buildMetadata().buildSessionFactory().close();
  }

  /** The catalogs the compilation registered for {@link java.util.ServiceLoader}, one per schema. */
  private static List<MigrationCatalog> catalogs(Compilation compilation, GeneratedClasses classes) throws IOException {
    JavaFileObject services = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
        "META-INF/services/" + MigrationCatalog.class.getName()).orElseThrow();
    return services.getCharContent(true).toString().lines().map(String::trim).filter(line -> !line.isEmpty())
        .map(name -> classes.instantiate(name, MigrationCatalog.class)).toList();
  }

  /** The model's {@code tidemark.properties}: settings the processor and Hibernate must share. */
  private static Properties options(String model) throws IOException {
    Properties options = new Properties();
    Path file = MODELS.resolve(model).resolve("tidemark.properties");
    if (Files.exists(file)) {
      try (var reader = Files.newBufferedReader(file)) {
        options.load(reader);
      }
    }
    return options;
  }

  private static List<Path> sources(String model) throws IOException {
    try (Stream<Path> files = Files.list(MODELS.resolve(model))) {
      return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** Every class the model declares, loaded from the compilation (Hibernate picks the entities). */
  private static List<Class<?>> entityClasses(List<Path> sources, GeneratedClasses classes) {
    List<Class<?>> loaded = new ArrayList<>();
    for (Path source : sources) {
      try {
        Matcher pkg = PACKAGE.matcher(Files.readString(source));
        String simpleName = source.getFileName().toString().replace(".java", "");
        if (pkg.find() && !simpleName.equals("package-info")) {
          loaded.add(classes.loadClass(pkg.group(1) + "." + simpleName));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return loaded;
  }
}
