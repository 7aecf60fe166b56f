package dev.tidemark.samples.reverse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import dev.tidemark.runtime.DriftReport;
import dev.tidemark.runtime.MigrationCatalog;
import dev.tidemark.runtime.Migrator;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.testing.TestPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import javax.sql.DataSource;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * database (from a schema.sql) -> entities -> javac with Tidemark's processor -> the generated
 * migrations applied to an empty database -> a catalog equal to the original, names included.
 */
class ReverseEngineerRoundTripTest {

  private static final String PACKAGE = "com.example.entities";

  @TempDir
  Path work;

  @ParameterizedTest
  @ValueSource(strings = {"/existing-database/schema.sql", "/reverse/desks-schema.sql"})
  void entitiesGeneratedFromADatabaseMigrateAFreshOneToTheSameCatalog(String script) throws Exception {
    DataSource original = TestPostgres.freshDatabase();
    ReverseEngineer.load(original, resource(script));
    Schema expected = ReverseEngineer.read(original, null);

    EntityGenerator.Result entities = EntityGenerator.generate(expected, PACKAGE);
    assertEquals(List.of(), entities.warnings());
    ReverseEngineer.write(entities, work.resolve("src"));
    MigrationCatalog catalog = compileWithTidemark(entities.files());

    DataSource rebuilt = TestPostgres.freshDatabase();
    Migrator.builder(rebuilt).catalog(catalog).devMode(true).build().upgrade();
    Schema roundTripped = ReverseEngineer.read(rebuilt, expected.name());
    assertEquals(List.of(), DriftReport.compare(expected, roundTripped).differences());
    assertEquals(expected, roundTripped, "and the columns in the same order");
  }

  /** javac with the processor found on the test class path, as Maven runs it; returns the catalog it generated. */
  private MigrationCatalog compileWithTidemark(List<JavaFile> sources) throws IOException {
    Path classes = work.resolve("classes");
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<JavaFileObject> files = new ArrayList<>();
    sources.forEach(source -> files.add(source.toJavaFileObject()));
    List<String> options = List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
        "-Atidemark.dir=" + work.resolve("ledger"));
    boolean compiled = javac.getTask(null, null, diagnostics, options, null, files).call();
    assertTrue(compiled, () -> "generated entities do not compile: " + diagnostics.getDiagnostics());
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
    // The parent loader carries the models' catalog for the same schema name: take the one just compiled.
    return ServiceLoader.load(MigrationCatalog.class, loader).stream()
        .filter(provider -> provider.type().getClassLoader() == loader)
        .map(ServiceLoader.Provider::get)
        .findFirst()
        .orElseThrow(() -> new AssertionError("the processor generated no catalog: " + diagnostics.getDiagnostics()));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ReverseEngineerRoundTripTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
