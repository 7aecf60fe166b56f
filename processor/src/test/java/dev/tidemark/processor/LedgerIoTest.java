package dev.tidemark.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ledger directory or Filer that cannot be used is one tagged error, never a stack trace. */
class LedgerIoTest {

  private static final List<String> V1 = List.of("good/desk/v1/Desk.java", "good/Trader.java");

  @TempDir
  Path temp;

  @Test
  void aFileWhereTheLedgerDirectoryBelongsIsALedgerError() throws IOException {
    Path ledger = Files.writeString(temp.resolve("ledger"), "not a directory");

    Compilation compilation = new TidemarkCompiler(ledger).compile(V1);

    assertThat(compilation).hadErrorContaining(
        Diagnostic.LEDGER_IO.format("read", ledger, "it is a file where a directory belongs"));
    assertNoInternalError(compilation);
  }

  @Test
  void aFileWhereASchemaDirectoryBelongsIsALedgerError() throws IOException {
    Path schema = Files.writeString(temp.resolve("public"), "not a directory");

    Compilation compilation = new TidemarkCompiler(temp).compile(V1);

    assertThat(compilation).hadErrorContaining(
        Diagnostic.LEDGER_IO.format("read", schema, "it is a file where a directory belongs"));
    assertNoInternalError(compilation);
  }

  @Test
  void aDirectoryWhereALedgerFileBelongsIsALedgerError() throws IOException {
    TidemarkCompiler compiler = new TidemarkCompiler(temp);
    compiler.compileSucceeding(V1, "-Atidemark.freeze=initial");
    Path head = temp.resolve("public/head.json");
    Files.delete(head);
    Files.createDirectory(head);

    Compilation compilation = compiler.compile(V1);

    assertThat(compilation).hadErrorContaining("[TidemarkLedgerIo] Cannot read ledger path " + head + ": ");
    assertNoInternalError(compilation);
  }

  @Test
  void aGeneratedFileTheFilerRefusesIsAnError() {
    List<String> sources = new ArrayList<>(V1);
    sources.add("bad/filer/PublicCatalog.java");

    Compilation compilation = new TidemarkCompiler(temp).compile(sources);

    assertThat(compilation).hadErrorContaining(
        "[TidemarkGeneratedIo] Cannot write generated file test.desks.migrations.public_.PublicCatalog: ");
    assertNoInternalError(compilation);
  }

  private static void assertNoInternalError(Compilation compilation) {
    assertTrue(compilation.errors().stream()
        .noneMatch(error -> error.getMessage(null).contains(Diagnostic.INTERNAL.tag())), compilation.errors()::toString);
  }
}
