package dev.tidemark.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tidemark.processor.ledger.LedgerRevision;
import dev.tidemark.runtime.MigrationCatalog;
import dev.tidemark.runtime.json.CanonicalJson;
import dev.tidemark.runtime.json.JsonFields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written revisions join the chain where they declare, and may not change once frozen. */
class ManualRevisionTest {

  private static final String TRADER = "good/Trader.java";
  private static final String SEED = "good/manual/SeedDesks.java";
  private static final String PACKAGE = "test.desks.migrations.public_";

  @TempDir
  Path ledgerDir;

  private TidemarkCompiler compiler;

  @BeforeEach
  void freezeTheFirstRevision() {
    compiler = new TidemarkCompiler(ledgerDir);
    compiler.compileSucceeding(List.of("good/desk/v1/Desk.java", TRADER), "-Atidemark.freeze=initial");
  }

  @Test
  void aManualRevisionIsPlacedAfterItsDeclaredRevisionAndBeforeTheEntityDraft() throws IOException {
    Compilation compilation = compiler.compileSucceeding(List.of("good/desk/v2/Desk.java", TRADER, SEED));

    MigrationCatalog catalog = new GeneratedClasses(compilation).instantiate(PACKAGE + ".PublicCatalog", MigrationCatalog.class);
    assertEquals(List.of("0001_initial <- null", "0002_seed_desks <- 0001_initial", "0003_draft <- 0002_seed_desks"),
        catalog.migrations().stream()
            .map(migration -> migration.revision().id() + " <- " + migration.revision().parent())
            .toList());
    String wrapper = compilation.generatedSourceFile(PACKAGE + ".V0002_SeedDesks").orElseThrow()
        .getCharContent(true).toString();
    assertTrue(wrapper.contains("ops.run(\"0002_seed_desks.upgrade\", new SeedDesks()::upgrade);"), wrapper);
    assertTrue(wrapper.contains("ops.run(\"0002_seed_desks.downgrade\", new SeedDesks()::downgrade);"), wrapper);
    assertTrue(compiler.ledgerFiles().get("public/0002_seed_desks.sql")
        .contains("-- runs test.desks.SeedDesks.upgrade(Connection)"));
  }

  @Test
  void freezingFreezesTheManualRevisionWithTheEntityChanges() {
    compiler.compileSucceeding(List.of("good/desk/v2/Desk.java", TRADER, SEED), "-Atidemark.freeze=add_risk_limit");

    assertEquals(List.of("public/0001_initial.json", "public/0001_initial.sql", "public/0002_seed_desks.json",
        "public/0002_seed_desks.sql", "public/0003_add_risk_limit.json", "public/0003_add_risk_limit.sql",
        "public/head.json"), List.copyOf(compiler.ledgerFiles().keySet()));
    assertTrue(compiler.ledgerFiles().get("public/0002_seed_desks.json").contains("\"status\": \"frozen\""));
    assertThat(compiler.compile(List.of("good/desk/v2/Desk.java", TRADER, SEED), "-Atidemark.mode=check"))
        .succeeded();
  }

  @Test
  void aFrozenManualRevisionWhoseSourceChangedFailsTheBuild() {
    compiler.compileSucceeding(List.of("good/desk/v1/Desk.java", TRADER, SEED), "-Atidemark.freeze=seed");

    Compilation compilation = compiler.compile(List.of("good/desk/v1/Desk.java", TRADER, "good/manual/changed/SeedDesks.java"));

    assertThat(compilation)
        .hadErrorContaining(Diagnostic.MANUAL_CHANGED.format("0002_seed_desks", "test.desks.SeedDesks",
            "has different code (comments and formatting aside)"))
        .inFile(JavaFileObjects.forResource("good/manual/changed/SeedDesks.java"))
        .onLineContaining("public class SeedDesks");
  }

  @Test
  void aFrozenManualRevisionMayGainCommentsAndFormatting() {
    compiler.compileSucceeding(List.of("good/desk/v1/Desk.java", TRADER, SEED), "-Atidemark.freeze=seed");

    compiler.compileSucceeding(List.of("good/desk/v1/Desk.java", TRADER, "good/manual/reformatted/SeedDesks.java"),
        "-Atidemark.mode=check");
  }

  @Test
  void aFrozenManualRevisionRecordedWithItsWholeSourceStillLoads() throws IOException {
    compiler.compileSucceeding(List.of("good/desk/v1/Desk.java", TRADER, SEED), "-Atidemark.freeze=seed");
    // Written by a Tidemark that checksummed the whole source file, with the checksums it recorded.
    Path revision = ledgerDir.resolve("public/0002_seed_desks.json");
    String sourceChecksum = CanonicalJson.sha256(Files.readString(Path.of("target/test-classes", SEED)));
    JsonFields fields = JsonFields.root(CanonicalJson.parse(Files.readString(revision)));
    LedgerRevision legacy = LedgerRevision.manual("0002_seed_desks", "0001_initial", false, "seed desks",
        new LedgerRevision.Manual("test.desks.SeedDesks", null, sourceChecksum));
    Files.writeString(revision, Files.readString(revision)
        .replace("\"code\": \"" + fields.object("manual").string("code") + "\"", "\"source\": \"" + sourceChecksum + "\"")
        .replace(fields.object("checksums").string("operations"), legacy.operationsChecksum()));

    compiler.compileSucceeding(List.of("good/desk/v1/Desk.java", TRADER, SEED), "-Atidemark.mode=check");
    assertThat(compiler.compile(List.of("good/desk/v1/Desk.java", TRADER, "good/manual/reformatted/SeedDesks.java")))
        .hadErrorContaining("[TidemarkManualChanged] Manual revision 0002_seed_desks");
  }

  @Test
  void aFrozenManualRevisionWhoseClassIsGoneFailsTheBuild() {
    compiler.compileSucceeding(List.of("good/desk/v1/Desk.java", TRADER, SEED), "-Atidemark.freeze=seed");

    Compilation compilation = compiler.compile(List.of("good/desk/v1/Desk.java", TRADER));

    assertThat(compilation).hadErrorContaining(
        Diagnostic.MANUAL_MISSING.format("0002_seed_desks", "test.desks.SeedDesks"));
  }

  @Test
  void aDeletedFrozenManualRevisionIsAnErrorNotANewDraft() throws IOException {
    compiler.compileSucceeding(List.of("good/desk/v1/Desk.java", TRADER, SEED), "-Atidemark.freeze=seed");
    Files.delete(ledgerDir.resolve("public/0002_seed_desks.json"));
    Files.delete(ledgerDir.resolve("public/0002_seed_desks.sql"));

    Compilation compilation = compiler.compile(List.of("good/desk/v1/Desk.java", TRADER, SEED));

    assertThat(compilation).hadErrorContaining("[TidemarkLedgerMissingRevision] Frozen revision 0002_seed_desks of"
        + " schema public is missing: head.json records it as the last frozen revision, but the chain of frozen"
        + " revisions ends at 0001_initial");
    assertEquals(List.of("public/0001_initial.json", "public/0001_initial.sql", "public/head.json"),
        List.copyOf(compiler.ledgerFiles().keySet()), "no draft takes the frozen revision's place");
  }

  @Test
  void aManualRevisionMustFollowTheLastFrozenRevision() {
    Compilation compilation = compiler.compile(List.of("good/desk/v1/Desk.java", TRADER, "bad/manual/Misplaced.java"));

    assertThat(compilation)
        .hadErrorContaining(Diagnostic.MANUAL_POSITION.format("test.desks.Misplaced", "0000_nowhere", "public",
            "0001_initial", "0001_initial"))
        .inFile(JavaFileObjects.forResource("bad/manual/Misplaced.java"))
        .onLineContaining("public class Misplaced");
  }

  @Test
  void aManualRevisionThatCannotRunIsAnErrorOnItsAnnotation() {
    Compilation compilation = compiler.compile(List.of("good/desk/v1/Desk.java", TRADER, "bad/manual/NotAMigration.java"));

    assertThat(compilation)
        .hadErrorContaining("[TidemarkManualRevision] Manual revision NotAMigration cannot be used: name 'Not-Valid'"
            + " must be lower-case letters, digits and underscores, starting with a letter; it must implement"
            + " dev.tidemark.runtime.ManualMigration; it needs a public constructor without parameters")
        .inFile(JavaFileObjects.forResource("bad/manual/NotAMigration.java"))
        .onLineContaining("@ManualRevision");
  }
}
