package dev.tidemark.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renames come from hints only; a disappearing table or column is a question until answered. */
class HintsTest {

  private static final String TRADER = "good/Trader.java";

  @TempDir
  Path ledgerDir;

  private TidemarkCompiler compiler;

  @BeforeEach
  void freezeDeskWithRiskLimit() {
    compiler = new TidemarkCompiler(ledgerDir);
    compiler.compileSucceeding(List.of("good/desk/v2/Desk.java", TRADER), "-Atidemark.freeze=initial");
  }

  @Test
  void aColumnRenamedByHintIsRenamedNotDroppedAndAdded() {
    Compilation compilation = compiler.compileSucceeding(List.of("good/desk/renamed/Desk.java", TRADER));

    assertThat(compilation).hadNoteContaining(
        "draft revision 0002_draft records rename column desk.risk_limit to exposure_limit");
    String sql = compiler.ledgerFiles().get("public/0002_draft.sql");
    assertTrue(sql.contains("alter table \"public\".\"desk\" rename column \"risk_limit\" to \"exposure_limit\";"), sql);
    assertTrue(sql.contains("alter table \"public\".\"desk\" rename column \"exposure_limit\" to \"risk_limit\";"), sql);
    assertFalse(sql.contains("drop column"), sql);
  }

  @Test
  void aColumnRenamedByHintOnAGetterIsRenamed() {
    Compilation compilation = compiler.compileSucceeding(List.of("good/desk/renamed_on_getter/Desk.java", TRADER));

    assertThat(compilation).hadNoteContaining(
        "draft revision 0002_draft records rename column desk.risk_limit to exposure_limit");
    assertFalse(compiler.ledgerFiles().get("public/0002_draft.sql").contains("drop column"));
  }

  @Test
  void aDroppedColumnWithoutHintIsAQuestionOnTheEntity() {
    Compilation compilation = compiler.compile(List.of("good/desk/dropped/Desk.java", TRADER));

    assertThat(compilation)
        .hadErrorContaining(Diagnostic.DROP_COLUMN_QUESTION.format("desk", "name", "Desk", "name", "name", "Desk"))
        .inFile(JavaFileObjects.forResource("good/desk/dropped/Desk.java"))
        .onLineContaining("public class Desk");
    assertThat(compilation).hadErrorContaining("Column desk.risk_limit is no longer mapped by Desk");
    assertEquals(List.of("public/0001_initial.json", "public/0001_initial.sql", "public/head.json"),
        List.copyOf(compiler.ledgerFiles().keySet()), "an unanswered question writes no draft");
  }

  @Test
  void acknowledgedDropsBecomeTheDraft() {
    Compilation compilation = compiler.compileSucceeding(List.of("good/desk/dropped_acknowledged/Desk.java", TRADER));

    assertThat(compilation).hadNoteContaining("draft revision 0002_draft records drop column desk.name;"
        + " drop column desk.risk_limit");
  }

  @Test
  void aDroppedTableWithoutHintIsAQuestionAndAPackageCanAcknowledgeIt() {
    Compilation unanswered = compiler.compile(List.of(TRADER));
    Compilation answered = compiler.compileSucceeding(List.of(TRADER, "good/acknowledged/package-info.java"));

    assertThat(unanswered).hadErrorContaining(Diagnostic.DROP_TABLE_QUESTION.format("public", "desk", "desk", "desk"));
    assertThat(answered).hadNoteContaining("draft revision 0002_draft records drop table desk");
  }

  @Test
  void aTableRenamedByHintKeepsItsDataAndRenamesItsPrimaryKey() {
    compiler.compileSucceeding(List.of("good/desk/moved/Desk.java", TRADER));

    String sql = compiler.ledgerFiles().get("public/0002_draft.sql");
    assertTrue(sql.contains("alter table \"public\".\"desk\" rename to \"trading_desk\";"), sql);
    assertTrue(sql.contains(
        "alter table \"public\".\"trading_desk\" rename constraint \"desk_pkey\" to \"trading_desk_pkey\";"), sql);
    assertFalse(sql.contains("drop table") || sql.contains("create table"), sql);
  }

  @Test
  void aRenamedFromColumnThatMatchesNothingIsAnErrorNamingTheClosestColumns() {
    Compilation compilation = compiler.compile(List.of("bad/hints/column/Desk.java", TRADER));

    assertThat(compilation)
        .hadErrorContaining(Diagnostic.RENAMED_FROM_UNKNOWN.format("column", "desk.risk_limt", "public",
            "0001_initial", "risk_limit, id, name"))
        .inFile(JavaFileObjects.forResource("bad/hints/column/Desk.java"))
        .onLineContaining("@RenamedFrom(\"risk_limt\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aRenamedFromTableThatMatchesNothingIsAnErrorNamingTheClosestTables() {
    Compilation compilation = compiler.compile(List.of("bad/hints/table/Desk.java", TRADER));

    assertThat(compilation)
        .hadErrorContaining(Diagnostic.RENAMED_FROM_UNKNOWN.format("table", "dsek", "public", "0001_initial",
            "desk, trader"))
        .inFile(JavaFileObjects.forResource("bad/hints/table/Desk.java"))
        .onLineContaining("@RenamedFrom(\"dsek\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aRenameAlreadyFrozenIsNoSlip() {
    compiler.compileSucceeding(List.of("good/desk/moved/Desk.java", TRADER), "-Atidemark.freeze=move_desk");

    compiler.compileSucceeding(List.of("good/desk/moved/Desk.java", TRADER), "-Atidemark.mode=check");
  }

  @Test
  void anAcknowledgedDropOfAColumnThatNeverWasIsAnErrorOnThatValue() {
    Compilation compilation = compiler.compile(List.of("bad/hints/dropped/Desk.java", TRADER));

    assertThat(compilation)
        .hadErrorContaining(Diagnostic.ACKNOWLEDGE_DROP_UNKNOWN.format("column", "desk.risk_limits", "public",
            "risk_limit, id, name"))
        .inFile(JavaFileObjects.forResource("bad/hints/dropped/Desk.java"))
        .onLineContaining("\"risk_limits\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anAcknowledgedDropOfATableThatNeverWasIsAnErrorOnThePackage() {
    Compilation compilation = compiler.compile(List.of(TRADER, "bad/hints/package/package-info.java"));

    assertThat(compilation)
        .hadErrorContaining(Diagnostic.ACKNOWLEDGE_DROP_UNKNOWN.format("table", "desks", "public", "desk, trader"))
        .inFile(JavaFileObjects.forResource("bad/hints/package/package-info.java"))
        .onLineContaining("@AcknowledgeDrop(tables = \"desks\")");
  }

  @Test
  void anAcknowledgedDropAlreadyFrozenIsNoSlip() {
    compiler.compileSucceeding(List.of("good/desk/dropped_acknowledged/Desk.java", TRADER),
        "-Atidemark.freeze=drop_desk_columns");

    compiler.compileSucceeding(List.of("good/desk/dropped_acknowledged/Desk.java", TRADER), "-Atidemark.mode=check");
  }
}
