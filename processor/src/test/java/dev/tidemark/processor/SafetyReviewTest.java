package dev.tidemark.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tidemark.processor.ledger.LedgerRevision;
import dev.tidemark.processor.write.MigrationWriter;
import dev.tidemark.runtime.Acknowledgement;
import dev.tidemark.runtime.Migration;
import dev.tidemark.runtime.json.ModelJson;
import dev.tidemark.runtime.operation.AddColumn;
import dev.tidemark.runtime.operation.DropColumn;
import dev.tidemark.runtime.operation.DropTable;
import dev.tidemark.runtime.schema.Column;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each draft is reviewed under the build's safety policy; findings land on the field or entity behind them. */
class SafetyReviewTest {

  private static final String TRADER = "good/Trader.java";
  private static final String PACKAGE = "test.desks.migrations.public_";

  @TempDir
  Path ledgerDir;

  private TidemarkCompiler compiler;

  @BeforeEach
  void freezeDesk() {
    compiler = new TidemarkCompiler(ledgerDir);
    compiler.compileSucceeding(List.of("good/desk/v2/Desk.java", TRADER), "-Atidemark.freeze=initial");
  }

  @Test
  void aBlockedRiskIsAnErrorOnTheFieldThatCausesIt() {
    Compilation compilation = compiler.compile(List.of("bad/safety/narrowed/Desk.java", TRADER));

    assertThat(compilation)
        .hadErrorContaining("[TidemarkUnsafe] [TM103] alter column desk.name from character varying(40) to"
            + " character varying(20)")
        .inFile(JavaFileObjects.forResource("bad/safety/narrowed/Desk.java"))
        .onLineContaining("private String name;");
    assertThat(compilation).hadErrorContaining(
        "Or accept it: @Acknowledge(rule = \"TM103\", on = \"desk.name\", reason = \"...\")");
    assertEquals(List.of("public/0001_initial.json", "public/0001_initial.sql", "public/head.json"),
        List.copyOf(compiler.ledgerFiles().keySet()), "a blocked draft is not written");
  }

  @Test
  void aBreakingChangeIsAWarningUnderBasicAndAnErrorOnTheEntityUnderStrict() {
    Compilation basic = compiler.compile(List.of("good/desk/moved/Desk.java", TRADER));
    Compilation strict = compiler.compile(List.of("good/desk/moved/Desk.java", TRADER), "-Atidemark.safety=strict");

    assertThat(basic).succeeded();
    assertThat(basic).hadWarningContaining("[TidemarkRisk] [TM501] rename table desk to trading_desk")
        .inFile(JavaFileObjects.forResource("good/desk/moved/Desk.java"))
        .onLineContaining("public class Desk");
    assertThat(strict).hadErrorContaining("[TidemarkUnsafe] [TM501] rename table desk to trading_desk")
        .inFile(JavaFileObjects.forResource("good/desk/moved/Desk.java"))
        .onLineContaining("public class Desk");
  }

  @Test
  void acknowledgementsAreRecordedInTheRevisionAndReturnedByTheGeneratedMigration() {
    Compilation compilation = compiler.compileSucceeding(List.of("good/safety/acknowledged/Desk.java", TRADER));

    String json = compiler.ledgerFiles().get("public/0002_draft.json");
    assertTrue(json.contains("\"acknowledgements\""), json);
    assertTrue(json.contains("\"rule\": \"TM103\""), json);
    assertTrue(json.contains("no desk name is longer than 20"), json);
    Migration draft = new GeneratedClasses(compilation).instantiate(PACKAGE + ".V0002_Draft", Migration.class);
    assertEquals(List.of(
            Acknowledgement.onPart("TM102", "desk", "risk_limit", "unused since release 41, backed up"),
            Acknowledgement.onPart("TM103", "desk", "name", "no desk name is longer than 20")),
        draft.acknowledgements());
    assertTrue(compilation.warnings().stream()
        .noneMatch(warning -> warning.getMessage(null).contains(Diagnostic.ACKNOWLEDGEMENT_UNUSED.tag())),
        "every acknowledgement is used");
    // The type change also rewrites the table: BASIC warns, on the field.
    assertThat(compilation).hadWarningContaining("[TidemarkRisk] [TM301] alter column desk.name")
        .inFile(JavaFileObjects.forResource("good/safety/acknowledged/Desk.java"))
        .onLineContaining("private String name;");

    compiler.compileSucceeding(List.of("good/safety/acknowledged/Desk.java", TRADER), "-Atidemark.freeze=shorten");
    compiler.compileSucceeding(List.of("good/safety/acknowledged/Desk.java", TRADER), "-Atidemark.mode=check");
  }

  @Test
  void anAcknowledgementThatMatchesNoRiskIsAWarningOnItsAnnotation() {
    Compilation compilation = compiler.compileSucceeding(List.of("good/safety/stale/Desk.java", TRADER));

    assertThat(compilation)
        .hadWarningContaining(Diagnostic.ACKNOWLEDGEMENT_UNUSED.format("TM102", "desk.legacy_code", "public"))
        .inFile(JavaFileObjects.forResource("good/safety/stale/Desk.java"))
        .onLineContaining("@Acknowledge(rule = \"TM102\"");
  }

  @Test
  void aPackageAcknowledgesTheDropOfATableNoEntityMapsAnyMore() {
    Compilation compilation = compiler.compileSucceeding(List.of(TRADER, "good/safety/packaged/package-info.java"));

    assertThat(compilation).hadNoteContaining("draft revision 0002_draft records drop table desk");
    String json = compiler.ledgerFiles().get("public/0002_draft.json");
    assertTrue(json.contains("\"rule\": \"TM101\"") && json.contains("desks moved to the risk service"), json);
  }

  @Test
  void aPackageAcknowledgementMustNameItsTable() {
    Compilation compilation = compiler.compile(List.of(TRADER, "bad/safety/packaged/package-info.java"));

    assertThat(compilation).hadErrorContaining("[TidemarkAcknowledgeTarget] @Acknowledge on package test.desks names"
            + " nothing: give the table or part with on = \"table\" or \"table.part\"")
        .inFile(JavaFileObjects.forResource("bad/safety/packaged/package-info.java"))
        .onLineContaining("@Acknowledge(rule = \"TM101\"");
  }

  @Test
  void aManualRevisionAcknowledgesARiskOfTheDraftAfterIt() {
    compiler.compileSucceeding(List.of("bad/safety/narrowed/Desk.java", TRADER,
        "good/safety/manual/ShortenDeskNames.java"));

    String json = compiler.ledgerFiles().get("public/0003_draft.json");
    assertTrue(json.contains("\"rule\": \"TM103\"") && json.contains("this revision shortens every name first"),
        json);
  }

  @Test
  void underEnhancedAnIndexOnAnExistingTableIsANoteThatItsSafeFormRuns() {
    Compilation compilation = compiler.compileSucceeding(List.of("good/safety/indexed/Desk.java", TRADER),
        "-Atidemark.safety=enhanced");

    assertThat(compilation).hadNoteContaining("[TidemarkSafeForm] [TM401] create index desk_name_idx");
  }

  @Test
  void anUnknownPolicyIsAUsageErrorNamingTheAllowedValues() {
    Compilation compilation = compiler.compile(List.of("good/desk/v2/Desk.java", TRADER), "-Atidemark.safety=paranoid");

    assertThat(compilation).hadErrorContaining(Diagnostic.BAD_OPTION.format("tidemark.safety", "paranoid",
        "allowed values are basic, enhanced and strict"));
  }

  @Test
  void aFrozenRevisionRecordedBeforeAcknowledgementsAcceptsItsDropsAtBoot() {
    LedgerRevision legacy = new LedgerRevision("0003_drop_old", "0002_before", false, "drop old",
        List.of(new DropColumn("desk", "code"), new DropTable("old_fills")),
        List.of(new AddColumn("desk", Column.column("code", "text"))));
    MigrationWriter writer = new MigrationWriter("public", "test.generated", List.of());

    String source = writer.migration(legacy).toString();

    assertTrue(source.contains("Acknowledgement.onPart(\"TM102\", \"desk\", \"code\","), source);
    assertTrue(source.contains("Acknowledgement.onTable(\"TM101\", \"old_fills\","), source);
    assertEquals(ModelJson.checksum(legacy.upgrade(), legacy.downgrade()), legacy.operationsChecksum(),
        "a revision that records no acknowledgement keeps the checksum it was frozen with");
  }
}
