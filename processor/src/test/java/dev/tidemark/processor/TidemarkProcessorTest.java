package dev.tidemark.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tidemark.runtime.Migration;
import dev.tidemark.runtime.MigrationCatalog;
import dev.tidemark.runtime.Operations;
import dev.tidemark.runtime.json.CanonicalJson;
import dev.tidemark.runtime.json.JsonFields;
import dev.tidemark.runtime.json.ModelJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TidemarkProcessorTest {

  private static final List<String> V1 = List.of("good/desk/v1/Desk.java", "good/Trader.java");
  private static final List<String> V2 = List.of("good/desk/v2/Desk.java", "good/Trader.java");
  private static final List<String> V3 = List.of("good/desk/v3/Desk.java", "good/Trader.java");
  private static final String PACKAGE = "test.desks.migrations.public_";

  @TempDir
  Path ledgerDir;

  private TidemarkCompiler compiler() {
    return new TidemarkCompiler(ledgerDir);
  }

  @Test
  void twoEntitiesGiveAReadableDraftMigrationAndCatalog() throws IOException {
    Compilation compilation = compiler().compileSucceeding(V1);

    assertThat(compilation).hadNoteContaining("[TidemarkDraft] Schema public: draft revision 0001_draft records");
    Golden.assertMatches("V0001_Draft.java", source(compilation, PACKAGE + ".V0001_Draft"));
    Golden.assertMatches("PublicCatalog.java", source(compilation, PACKAGE + ".PublicCatalog"));
    Golden.assertMatches("0001_draft.sql", compiler().ledgerFiles().get("public/0001_draft.sql"));
    assertEquals(List.of("public/0001_draft.json", "public/0001_draft.sql", "public/head.json"),
        List.copyOf(compiler().ledgerFiles().keySet()));
  }

  @Test
  void generatedClassesRebuildExactlyTheLedgerOperations() throws IOException {
    Compilation compilation = compiler().compileSucceeding(V1);
    GeneratedClasses classes = new GeneratedClasses(compilation);

    MigrationCatalog catalog = classes.instantiate(PACKAGE + ".PublicCatalog", MigrationCatalog.class);
    Migration draft = catalog.migrations().get(0);
    JsonFields ledger = JsonFields.root(CanonicalJson.parse(compiler().ledgerFiles().get("public/0001_draft.json")));

    assertEquals("public", catalog.schema());
    assertEquals(1, catalog.migrations().size());
    assertEquals(ModelJson.operations(ledger, "upgrade"), Operations.upgradeOf(draft));
    assertEquals(ModelJson.operations(ledger, "downgrade"), Operations.downgradeOf(draft));
    assertEquals(ledger.object("checksums").string("operations"), draft.revision().checksum());
    assertTrue(draft.revision().draft());
    JavaFileObject services = compilation.generatedFile(
        StandardLocation.CLASS_OUTPUT, "META-INF/services/dev.tidemark.runtime.MigrationCatalog").orElseThrow();
    assertEquals(PACKAGE + ".PublicCatalog\n", services.getCharContent(true).toString());
  }

  @Test
  void readsNamesAndTypesTheWayHibernateDoes() {
    compiler().compileSucceeding(V1);
    String ledger = compiler().ledgerFiles().get("public/0001_draft.sql");

    // Unquoted names fold to lower case; the default sequence is <mapped table name>_SEQ, increment 50.
    assertTrue(ledger.contains("create sequence \"public\".\"trader_seq\" start with 1 increment by 50"), ledger);
    assertTrue(ledger.contains("\"fullname\" character varying(255),"), ledger);
    assertTrue(ledger.contains("\"desk_id\" bigint not null,"), ledger);
    assertTrue(ledger.contains("\"ordinalseniority\" smallint,"), ledger);
    assertTrue(ledger.contains("\"hiredon\" date,"), ledger);
    assertTrue(ledger.contains("\"lastlogin\" timestamp(6) with time zone,"), ledger);
    assertTrue(ledger.contains("\"active\" boolean not null,"), ledger);
    assertTrue(ledger.contains("constraint \"trader_ordinalseniority_check\" check (\"ordinalseniority\" between 0 and 2)"),
        ledger);
    assertTrue(ledger.contains("constraint \"trader_seniority_check\" check (\"seniority\" in ('JUNIOR', 'SENIOR', 'HEAD'))"),
        ledger);
    assertFalse(ledger.contains("displayname") || ledger.contains("instances"), "transient and static fields are not columns");
  }

  @Test
  void anUnchangedModelLeavesTheLedgerUntouched() throws IOException {
    TidemarkCompiler compiler = compiler();
    compiler.compileSucceeding(V1);
    Map<String, String> before = compiler.ledgerFiles();
    FileTime anHourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
    for (String file : before.keySet()) {
      Files.setLastModifiedTime(compiler.ledgerFile(file), anHourAgo);
    }

    compiler.compileSucceeding(V1);

    assertEquals(before, compiler.ledgerFiles());
    compiler.ledgerTimestamps().values().forEach(time -> assertEquals(anHourAgo.toMillis(), time));
  }

  @Test
  void sameEntitiesAndLedgerGiveByteIdenticalOutput(@TempDir Path otherLedgerDir) throws IOException {
    Compilation first = compiler().compileSucceeding(V1);
    TidemarkCompiler other = new TidemarkCompiler(otherLedgerDir);
    Compilation second = other.compileSucceeding(List.of("good/Trader.java", "good/desk/v1/Desk.java"));

    assertEquals(compiler().ledgerFiles(), other.ledgerFiles());
    for (String generated : List.of(".V0001_Draft", ".PublicCatalog")) {
      assertEquals(source(first, PACKAGE + generated), source(second, PACKAGE + generated));
    }
  }

  @Test
  void freezingTurnsTheDraftIntoAFrozenRevision() {
    Compilation compilation = compiler().compileSucceeding(V1, "-Atidemark.freeze=initial");

    assertThat(compilation).hadNoteContaining("[TidemarkFrozen] Schema public: froze revision 0001_initial");
    assertThat(compilation).generatedSourceFile(PACKAGE + ".V0001_Initial");
    Map<String, String> files = compiler().ledgerFiles();
    assertEquals(List.of("public/0001_initial.json", "public/0001_initial.sql", "public/head.json"),
        List.copyOf(files.keySet()));
    assertTrue(files.get("public/0001_initial.json").contains("\"status\": \"frozen\""));
    assertTrue(files.get("public/head.json").contains("\"revision\": \"0001_initial\""));
  }

  @Test
  void aChangedModelAmendsTheOneDraftInsteadOfAddingAnother() {
    TidemarkCompiler compiler = compiler();
    compiler.compileSucceeding(V1, "-Atidemark.freeze=initial");

    compiler.compileSucceeding(V2);
    String firstDraft = compiler.ledgerFiles().get("public/0002_draft.json");
    compiler.compileSucceeding(V3);
    Map<String, String> files = compiler.ledgerFiles();

    assertTrue(firstDraft.contains("\"name\": \"risk_limit\"") && !firstDraft.contains("head_trader"));
    assertEquals(List.of("public/0001_initial.json", "public/0001_initial.sql", "public/0002_draft.json",
        "public/0002_draft.sql", "public/head.json"), List.copyOf(files.keySet()));
    String draft = files.get("public/0002_draft.json");
    assertTrue(draft.contains("\"name\": \"risk_limit\"") && draft.contains("\"name\": \"head_trader\""), draft);
    assertTrue(draft.contains("\"parent\": \"0001_initial\""), draft);
  }

  @Test
  void revertingTheEntitiesRemovesTheDraft() {
    TidemarkCompiler compiler = compiler();
    compiler.compileSucceeding(V1, "-Atidemark.freeze=initial");
    compiler.compileSucceeding(V2);

    compiler.compileSucceeding(V1);

    assertEquals(List.of("public/0001_initial.json", "public/0001_initial.sql", "public/head.json"),
        List.copyOf(compiler.ledgerFiles().keySet()));
  }

  @Test
  void checkModeFailsOnTheEntityNamingTheUnrecordedChange() {
    TidemarkCompiler compiler = compiler();
    compiler.compileSucceeding(V1, "-Atidemark.freeze=initial");
    Map<String, String> before = compiler.ledgerFiles();

    Compilation compilation = compiler.compile(V2, "-Atidemark.mode=check");

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(Diagnostic.CHECK_FAILED.format("public", "0001_initial",
            "add column desk.risk_limit numeric(20,2)"))
        .inFile(JavaFileObjects.forResource("good/desk/v2/Desk.java"))
        .onLineContaining("public class Desk");
    assertEquals(before, compiler.ledgerFiles(), "check mode must not write the ledger");
  }

  @Test
  void checkModeFailsWhileADraftExists() {
    TidemarkCompiler compiler = compiler();
    compiler.compileSucceeding(V1, "-Atidemark.freeze=initial");
    compiler.compileSucceeding(V2);

    Compilation compilation = compiler.compile(V2, "-Atidemark.mode=check");

    assertThat(compilation).hadErrorContaining(Diagnostic.CHECK_DRAFT.format("public", "0002_draft"));
  }

  @Test
  void checkModePassesWhenTheLedgerIsCurrent() {
    TidemarkCompiler compiler = compiler();
    compiler.compileSucceeding(V1, "-Atidemark.freeze=initial");

    Compilation compilation = compiler.compile(V1, "-Atidemark.mode=check");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile(PACKAGE + ".V0001_Initial");
  }

  @Test
  void freezingWithNothingToFreezeIsAnError() {
    TidemarkCompiler compiler = compiler();
    compiler.compileSucceeding(V1, "-Atidemark.freeze=initial");

    Compilation compilation = compiler.compile(V1, "-Atidemark.freeze=again");

    assertThat(compilation).hadErrorContaining("[TidemarkNothingToFreeze] -Atidemark.freeze=again was given");
  }

  @Test
  void anEntityWithoutIdIsAnErrorOnThatClass() {
    Compilation compilation = compiler().compile(List.of("bad/NoId.java"));

    assertThat(compilation)
        .hadErrorContaining(Diagnostic.NO_ID.format("NoId"))
        .inFile(JavaFileObjects.forResource("bad/NoId.java"))
        .onLineContaining("public class NoId");
    assertEquals(Map.of(), compiler().ledgerFiles(), "a broken model must not touch the ledger");
  }

  @Test
  void everyBadEntityIsReportedInOneBuild() {
    Compilation compilation =
        compiler().compile(List.of("bad/NoId.java", "bad/UnsupportedType.java", "bad/Association.java"));

    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining("[TidemarkUnsupportedType] Attribute UnsupportedType.attributes has type"
            + " java.util.Map<java.lang.String,java.lang.String>")
        .inFile(JavaFileObjects.forResource("bad/UnsupportedType.java"))
        .onLineContaining("attributes;");
    assertThat(compilation)
        .hadErrorContaining("[TidemarkUnsupportedMapping] This @OneToMany (Association.children)")
        .inFile(JavaFileObjects.forResource("bad/Association.java"))
        .onLineContaining("children;");
  }

  @Test
  void anUnreadableLedgerFileIsAnErrorNamingTheFile() throws IOException {
    Path file = ledgerDir.resolve("public/0001_initial.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{ \"id\": \"0001_initial\", ");

    Compilation compilation = compiler().compile(V1);

    assertThat(compilation).hadErrorContaining(
        "[TidemarkLedgerCorrupt] Ledger file " + file + " is corrupt: field '$': not valid JSON at line 1");
  }

  @Test
  void aWrongFieldInTheLedgerIsAnErrorNamingTheFileAndTheField() throws IOException {
    compiler().compileSucceeding(V1, "-Atidemark.freeze=initial");
    Path file = ledgerDir.resolve("public/0001_initial.json");
    Files.writeString(file, Files.readString(file).replaceFirst("\"nullable\": false", "\"nullable\": \"no\""));

    Compilation compilation = compiler().compile(V1);

    assertThat(compilation).hadErrorContaining("[TidemarkLedgerCorrupt] Ledger file " + file
        + " is corrupt: field 'upgrade[1].table.columns[0].nullable': expected true or false, found string");
  }

  @Test
  void aTamperedFrozenRevisionFailsTheBuildNamingIt() throws IOException {
    compiler().compileSucceeding(V1, "-Atidemark.freeze=initial");
    Path file = ledgerDir.resolve("public/0001_initial.json");
    Files.writeString(file, Files.readString(file).replace("character varying(40)", "character varying(80)"));

    Compilation compilation = compiler().compile(V1);

    assertThat(compilation).hadErrorContaining("[TidemarkLedgerTampered] Frozen revision 0001_initial (" + file
        + ") no longer matches its checksum: its operations hash to");
  }

  @Test
  void twoFrozenRevisionsWithTheSameParentAreAMergeConflict() throws IOException {
    TidemarkCompiler compiler = compiler();
    compiler.compileSucceeding(V1, "-Atidemark.freeze=initial");
    compiler.compileSucceeding(V2, "-Atidemark.freeze=add_risk_limit");
    // The other branch froze its own revision 0002 on the same parent.
    Path ours = ledgerDir.resolve("public/0002_add_risk_limit.json");
    Files.writeString(ledgerDir.resolve("public/0002_add_head_trader.json"),
        Files.readString(ours).replace("0002_add_risk_limit", "0002_add_head_trader"));

    Compilation compilation = compiler.compile(V2);

    assertThat(compilation).hadErrorContaining("[TidemarkLedgerMergeConflict] Frozen revisions 0002_add_head_trader"
        + " and 0002_add_risk_limit both follow 0001_initial");
  }

  @Test
  void aBadOptionIsAUsageErrorNamingTheOptionAndItsValues() {
    Compilation compilation = compiler().compile(V1, "-Atidemark.mode=fast");

    assertThat(compilation).hadErrorContaining(
        Diagnostic.BAD_OPTION.format("tidemark.mode", "fast", "allowed values are dev and check"));
  }

  @Test
  void aMavenBuildNamesOptionsAsTheMavenPropertiesTheUserTypes() {
    Compilation compilation = compiler().compile(V1, "-Atidemark.naming=camelCase", "-Atidemark.maven=true");

    assertThat(compilation).hadErrorContaining("[TidemarkBadOption] Option -Dtidemark.naming=camelCase is invalid:"
        + " allowed values are hibernate and snake_case");
  }

  private static String source(Compilation compilation, String className) throws IOException {
    return compilation.generatedSourceFile(className).orElseThrow().getCharContent(true).toString();
  }
}
