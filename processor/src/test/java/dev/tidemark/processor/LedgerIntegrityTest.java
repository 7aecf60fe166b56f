package dev.tidemark.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger knows its own chain: frozen revisions and their previews cannot quietly change or vanish. */
class LedgerIntegrityTest {

  private static final String TRADER = "good/Trader.java";
  private static final List<String> V1 = List.of("good/desk/v1/Desk.java", TRADER);
  private static final List<String> V2 = List.of("good/desk/v2/Desk.java", TRADER);
  private static final List<String> V3 = List.of("good/desk/v3/Desk.java", TRADER);

  @TempDir
  Path ledgerDir;

  private TidemarkCompiler compiler;

  @BeforeEach
  void freezeTwoRevisions() {
    compiler = new TidemarkCompiler(ledgerDir);
    compiler.compileSucceeding(V1, "-Atidemark.freeze=initial");
    compiler.compileSucceeding(V2, "-Atidemark.freeze=add_risk_limit");
  }

  @Test
  void theHeadRecordsTheLastFrozenRevision() {
    compiler.compileSucceeding(V3);

    String head = compiler.ledgerFiles().get("public/head.json");
    assertTrue(head.contains("\"frozen\": \"0002_add_risk_limit\""), head);
    assertTrue(head.contains("\"revision\": \"0003_draft\""), head);
  }

  @Test
  void aDeletedLastFrozenRevisionIsAnErrorNotANewDraft() throws IOException {
    Map<String, String> before = compiler.ledgerFiles();
    deleteRevision("0002_add_risk_limit");

    Compilation compilation = compiler.compile(V2);

    assertThat(compilation).hadErrorContaining(Diagnostic.LEDGER_MISSING_REVISION.format("0002_add_risk_limit",
        "public", "head.json records it as the last frozen revision, but the chain of frozen revisions ends at"
            + " 0001_initial", ledgerDir.resolve("public/0002_add_risk_limit")));
    before.remove("public/0002_add_risk_limit.json");
    before.remove("public/0002_add_risk_limit.sql");
    assertEquals(before, compiler.ledgerFiles(), "no draft takes the frozen revision's place");
  }

  @Test
  void aBrokenChainNamesTheMissingRevision() throws IOException {
    compiler.compileSucceeding(V3, "-Atidemark.freeze=add_head_trader");
    deleteRevision("0002_add_risk_limit");

    Compilation compilation = compiler.compile(V3);

    assertThat(compilation).hadErrorContaining("[TidemarkLedgerBrokenChain] Ledger of schema public is not one chain:"
        + " frozen revision 0002_add_risk_limit is missing, so revisions [0003_add_head_trader (follows"
        + " 0002_add_risk_limit)] do not follow the chain");
  }

  @Test
  void aHandEditedPreviewFailsTheBuildInEveryMode() throws IOException {
    Path preview = ledgerDir.resolve("public/0002_add_risk_limit.sql");
    Files.writeString(preview, Files.readString(preview).replace("numeric(20,2)", "numeric(24,4)"));

    for (String mode : List.of("dev", "check")) {
      assertThat(compiler.compile(V2, "-Atidemark.mode=" + mode)).hadErrorContaining(Diagnostic.LEDGER_PREVIEW.format(
          preview, "0002_add_risk_limit", "differs from the SQL the revision runs, first at line 7"));
    }
  }

  @Test
  void aDeletedPreviewFailsTheBuild() throws IOException {
    Path preview = ledgerDir.resolve("public/0001_initial.sql");
    Files.delete(preview);

    assertThat(compiler.compile(V2, "-Atidemark.mode=check"))
        .hadErrorContaining(Diagnostic.LEDGER_PREVIEW.format(preview, "0001_initial", "is missing"));
  }

  @Test
  void aPreviewWithWindowsLineEndsIsTheSamePreview() throws IOException {
    Path preview = ledgerDir.resolve("public/0002_add_risk_limit.sql");
    Files.writeString(preview, Files.readString(preview).replace("\n", "\r\n"));

    compiler.compileSucceeding(V2, "-Atidemark.mode=check");
  }

  private void deleteRevision(String id) throws IOException {
    Files.delete(ledgerDir.resolve("public/" + id + ".json"));
    Files.delete(ledgerDir.resolve("public/" + id + ".sql"));
  }
}
