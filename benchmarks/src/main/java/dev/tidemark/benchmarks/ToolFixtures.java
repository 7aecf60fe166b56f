package dev.tidemark.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.JavaFile;
import dev.tidemark.processor.ledger.LedgerRevision;
import dev.tidemark.processor.write.MigrationWriter;
import dev.tidemark.runtime.MigrationCatalog;
import dev.tidemark.runtime.sql.PostgresRenderer;
import dev.tidemark.runtime.sql.SqlStatement;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One revision history in each tool's own form, all rendered by Tidemark's PostgresRenderer so the
 * three tools and the floor run the same DDL, each in a schema of its own: Flyway's
 * {@code V<n>__<name>.sql} files, a Liquibase formatted-SQL changelog with one changeset per
 * revision, Tidemark's generated migration classes and catalog compiled into a directory with
 * their {@code META-INF/services} entry (a fresh JVM finds them exactly as a service finds a
 * module's), and the floor's statements as JSON.
 */
record ToolFixtures(Path root, int revisions) {

  static final String TIDEMARK_SCHEMA = "bench_tidemark";
  static final String FLYWAY_SCHEMA = "bench_flyway";
  static final String LIQUIBASE_SCHEMA = "bench_liquibase";
  static final String FLOOR_SCHEMA = "bench_floor";
  static final String LIQUIBASE_CHANGELOG = "changelog.sql";
  /** The schemas a database for the benchmark starts with; Tidemark creates its own. */
  static final List<String> PREPARED_SCHEMAS = List.of(FLYWAY_SCHEMA, LIQUIBASE_SCHEMA, FLOOR_SCHEMA);

  private static final String GENERATED_PACKAGE = "dev.tidemark.benchmarks.generated";

  static ToolFixtures write(Path directory, int count) throws IOException {
    List<LedgerRevision> revisions = RevisionHistory.generate(TIDEMARK_SCHEMA, count);
    ToolFixtures fixtures = new ToolFixtures(directory.toAbsolutePath(), count);
    fixtures.writeFlyway(revisions);
    fixtures.writeLiquibase(revisions);
    fixtures.writeFloor(revisions);
    fixtures.writeTidemark(revisions, directory.resolve("tidemark-sources"));
    return fixtures;
  }

  Path flywayDirectory() {
    return root.resolve("flyway");
  }

  Path liquibaseDirectory() {
    return root.resolve("liquibase");
  }

  Path tidemarkClasses() {
    return root.resolve("tidemark-classes");
  }

  Path floorStatements() {
    return root.resolve("floor.json");
  }

  /** The directory as a fork's argument. */
  String directory() {
    return root.toString();
  }

  private void writeFlyway(List<LedgerRevision> revisions) throws IOException {
    Path flywayDirectory = flywayDirectory();
    Files.createDirectories(flywayDirectory);
    PostgresRenderer renderer = new PostgresRenderer(FLYWAY_SCHEMA);
    for (LedgerRevision revision : revisions) {
      Files.writeString(flywayDirectory.resolve("V" + revision.number() + "__" + revision.name() + ".sql"),
          renderer.script(revision.upgrade()), StandardCharsets.UTF_8);
    }
  }

  private void writeLiquibase(List<LedgerRevision> revisions) throws IOException {
    Path liquibaseDirectory = liquibaseDirectory();
    Files.createDirectories(liquibaseDirectory);
    PostgresRenderer renderer = new PostgresRenderer(LIQUIBASE_SCHEMA);
    StringBuilder changelog = new StringBuilder("--liquibase formatted sql\n");
    for (LedgerRevision revision : revisions) {
      changelog.append("\n--changeset tidemark-benchmarks:").append(revision.id()).append("\n")
          .append(renderer.script(revision.upgrade()));
    }
    Files.writeString(liquibaseDirectory.resolve(LIQUIBASE_CHANGELOG), changelog, StandardCharsets.UTF_8);
  }

  private void writeFloor(List<LedgerRevision> revisions) throws IOException {
    PostgresRenderer renderer = new PostgresRenderer(FLOOR_SCHEMA);
    List<List<String>> statements = revisions.stream()
        .map(revision -> renderer.render(revision.upgrade()).stream().map(SqlStatement::sql).toList())
        .toList();
    new ObjectMapper().writeValue(floorStatements().toFile(), statements);
  }

  /** The processor's own writer generates the classes, so they are what a real build ships. */
  private void writeTidemark(List<LedgerRevision> revisions, Path sources) throws IOException {
    MigrationWriter writer = new MigrationWriter(TIDEMARK_SCHEMA, GENERATED_PACKAGE, List.of());
    List<JavaFile> files = new ArrayList<>();
    revisions.forEach(revision -> files.add(writer.migration(revision)));
    files.add(writer.catalog(revisions, Set.of()));
    for (JavaFile file : files) {
      file.writeTo(sources);
    }
    Path tidemarkClasses = tidemarkClasses();
    Files.createDirectories(tidemarkClasses);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
        var sourceFiles = Files.walk(sources)) {
      Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(
          sourceFiles.filter(file -> file.toString().endsWith(".java")).toList());
      List<String> options = List.of("-proc:none", "--release", "17", "-classpath",
          System.getProperty("java.class.path"), "-d", tidemarkClasses.toString());
      if (!javac.getTask(diagnostics, fileManager, null, options, null, units).call()) {
        throw new IllegalStateException("the generated migrations do not compile:\n" + diagnostics);
      }
    }
    Path services = tidemarkClasses.resolve("META-INF/services/" + MigrationCatalog.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(services, writer.catalogName().canonicalName() + "\n");
  }

}
