package dev.tidemark.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.tidemark.runtime.DriftReport;
import dev.tidemark.runtime.MigrationCatalog;
import dev.tidemark.runtime.MigrationReport;
import dev.tidemark.runtime.Migrator;
import dev.tidemark.runtime.testing.Sql;
import dev.tidemark.runtime.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQL revisions: {@code .up.sql} and {@code .down.sql} files in the ledger's {@code sql/} directory
 * join the chain by their number, are frozen with the next freeze and may not change after it; a
 * baseline brings the schema to the entities' state, so a legacy {@code schema.sql} can be revision 1.
 */
class SqlRevisionTest {

  private static final List<String> DESK_V1 = List.of("good/desk/v1/Desk.java");
  private static final List<String> DESK_V2 = List.of("good/desk/v2/Desk.java");
  private static final String PACKAGE = "test.desks.migrations.public_";

  @TempDir
  Path ledgerDir;

  private TidemarkCompiler compiler;

  private TidemarkCompiler compilerWithInitialRevision() {
    compiler = new TidemarkCompiler(ledgerDir);
    compiler.compileSucceeding(DESK_V1, "-Atidemark.freeze=initial");
    return compiler;
  }

  @Test
  void anSqlRevisionIsPlacedByItsNumberBeforeTheEntityDraftAndRunsItsStatementsAsWritten() throws IOException {
    compilerWithInitialRevision();
    copySql("good/sql/0002_seed_desks.up.sql", "good/sql/0002_seed_desks.down.sql");

    Compilation compilation = compiler.compileSucceeding(DESK_V2);

    MigrationCatalog catalog = new GeneratedClasses(compilation).instantiate(PACKAGE + ".PublicCatalog",
        MigrationCatalog.class);
    assertEquals(List.of("0001_initial <- null", "0002_seed_desks <- 0001_initial", "0003_draft <- 0002_seed_desks"),
        catalog.migrations().stream()
            .map(migration -> migration.revision().id() + " <- " + migration.revision().parent())
            .toList());
    Golden.assertMatches("sql/V0002_SeedDesks.java",
        compilation.generatedSourceFile(PACKAGE + ".V0002_SeedDesks").orElseThrow().getCharContent(true).toString());
    Golden.assertMatches("sql/0002_seed_desks.sql", compiler.ledgerFiles().get("public/0002_seed_desks.sql"));
  }

  @Test
  void freezingFreezesTheSqlRevisionAndAChangedFileFailsEveryBuildAfter() throws IOException {
    compilerWithInitialRevision();
    copySql("good/sql/0002_seed_desks.up.sql", "good/sql/0002_seed_desks.down.sql");
    compiler.compileSucceeding(DESK_V2, "-Atidemark.freeze=add_risk_limit");
    assertTrue(compiler.ledgerFiles().get("public/0002_seed_desks.json").contains("\"status\": \"frozen\""));
    compiler.compileSucceeding(DESK_V2, "-Atidemark.mode=check");

    Path down = ledgerDir.resolve("public/sql/0002_seed_desks.down.sql");
    Files.writeString(down, Files.readString(down) + "delete from desk where id = 3;\n");

    assertThat(compiler.compile(DESK_V2)).hadErrorContaining(Diagnostic.SQL_CHANGED.format("0002_seed_desks", down));
  }

  @Test
  void aFrozenSqlRevisionWhoseFileIsGoneFailsTheBuild() throws IOException {
    compilerWithInitialRevision();
    copySql("good/sql/0002_seed_desks.up.sql", "good/sql/0002_seed_desks.down.sql");
    compiler.compileSucceeding(DESK_V1, "-Atidemark.freeze=seed");

    Files.delete(ledgerDir.resolve("public/sql/0002_seed_desks.up.sql"));

    assertThat(compiler.compile(DESK_V1))
        .hadErrorContaining(Diagnostic.SQL_MISSING.format("0002_seed_desks", "sql/0002_seed_desks.up.sql"));
  }

  @Test
  void aDraftSqlRevisionWhoseFileIsGoneIsForgotten() throws IOException {
    compilerWithInitialRevision();
    copySql("good/sql/0002_seed_desks.up.sql", "good/sql/0002_seed_desks.down.sql");
    compiler.compileSucceeding(DESK_V1);

    Files.delete(ledgerDir.resolve("public/sql/0002_seed_desks.up.sql"));
    Files.delete(ledgerDir.resolve("public/sql/0002_seed_desks.down.sql"));
    compiler.compileSucceeding(DESK_V1);

    assertEquals(List.of("public/0001_initial.json", "public/0001_initial.sql", "public/head.json"),
        List.copyOf(compiler.ledgerFiles().keySet()));
  }

  @Test
  void aNewSqlRevisionMustTakeTheNextNumber() throws IOException {
    compilerWithInitialRevision();
    Files.createDirectories(ledgerDir.resolve("public/sql"));
    Path misnumbered = ledgerDir.resolve("public/sql/0005_seed_desks.up.sql");
    Files.writeString(misnumbered, "insert into desk (id, name) values (1, 'Rates');\n");

    assertThat(compiler.compile(DESK_V1)).hadErrorContaining(Diagnostic.SQL_POSITION.format(misnumbered, 5, "public",
        2, "0001_initial", "sql/0002_seed_desks.up.sql"));
  }

  @Test
  void aScriptThatControlsTheTransactionIsRefusedWithItsLine() throws IOException {
    compilerWithInitialRevision();
    Path file = copySql("bad/sql/0002_commits.up.sql");

    assertThat(compiler.compile(DESK_V1)).hadErrorContaining(Diagnostic.SQL_INVALID.format(file + ":2",
        "'commit' controls the transaction, but Tidemark runs each revision in a transaction of its own, with its"
            + " history row; remove it"));
  }

  @Test
  void checkModeFailsOnAnSqlRevisionNotYetRecorded() throws IOException {
    compilerWithInitialRevision();
    copySql("good/sql/0002_seed_desks.up.sql");

    assertThat(compiler.compile(DESK_V1, "-Atidemark.mode=check"))
        .hadErrorContaining(Diagnostic.CHECK_DRAFT.format("public", "0002_seed_desks"));
  }

  /**
   * A legacy schema.sql as revision 1 of a hybrid ledger: it declares itself the baseline, so the
   * schema after it is what the entities say when it is frozen; the entities take over from there.
   * On PostgreSQL the database it builds matches that model, and the entity revision after it applies.
   */
  @Test
  void aLegacySchemaAsBaselineLetsTheEntitiesTakeOver() throws IOException {
    compiler = new TidemarkCompiler(ledgerDir);
    copySql("good/sql/0001_legacy_schema.up.sql", "good/sql/0001_legacy_schema.down.sql");
    compiler.compileSucceeding(DESK_V1, "-Atidemark.freeze=legacy");
    assertEquals(List.of("public/0001_legacy_schema.json", "public/0001_legacy_schema.sql", "public/head.json",
            "public/sql/0001_legacy_schema.down.sql", "public/sql/0001_legacy_schema.up.sql"),
        List.copyOf(compiler.ledgerFiles().keySet()), "the baseline took the entities' changes: no entity revision");
    compiler.compileSucceeding(DESK_V1, "-Atidemark.mode=check");

    Compilation compilation = compiler.compileSucceeding(DESK_V2);
    assertTrue(compiler.ledgerFiles().get("public/0002_draft.json")
        .contains("\"description\": \"add column desk.risk_limit numeric(20,2)\""));

    DataSource database = TestPostgres.freshDatabase();
    Migrator migrator = Migrator.builder(database)
        .catalog(new GeneratedClasses(compilation).instantiate(PACKAGE + ".PublicCatalog", MigrationCatalog.class))
        .devMode(true)
        .build();
    MigrationReport report = migrator.upgrade();
    assertEquals("0002_draft", report.head());
    DriftReport drift = migrator.drift();
    assertTrue(drift.clean(), drift::summary);
    assertEquals(List.of("1 Rates null"), Sql.rows(database, "select id, name, risk_limit from public.desk"));

    migrator.downgrade("base");
    assertEquals(List.of("tidemark_history"), Sql.tables(database, "public"));
  }

  /** Copies test resources into the ledger's {@code public/sql/} directory; returns the last one's path. */
  private Path copySql(String... resources) throws IOException {
    Path directory = Files.createDirectories(ledgerDir.resolve("public/sql"));
    Path copy = null;
    for (String resource : resources) {
      Path source = Path.of("src/test/resources", resource);
      copy = directory.resolve(source.getFileName());
      Files.copy(source, copy);
    }
    return copy;
  }
}
