package dev.tidemark.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileInputsTest {

  @TempDir
  Path directory;

  @Test
  void aRecordReadsBackEqualAndNamesWhatChangedSince() throws Exception {
    Path ledger = Files.createDirectories(directory.resolve("ledger/public"));
    Files.writeString(ledger.resolve("head.json"), "{}\n");
    CompilerSettings dev = settings("-Atidemark.mode=dev", ledger.getParent());
    CompileInputs recorded = CompileInputs.of(dev);
    Path record = directory.resolve("target/tidemark/compile-inputs.txt");
    recorded.write(record);

    assertEquals(Optional.of(recorded), CompileInputs.read(record));
    assertEquals(Optional.empty(), CompileInputs.of(dev).changesSince(recorded));
    assertEquals(Optional.of("the compiler's options changed"),
        CompileInputs.of(settings("-Atidemark.mode=check", ledger.getParent())).changesSince(recorded));
    Files.writeString(ledger.resolve("0001_initial.json"), "{}\n");
    assertEquals(Optional.of("the ledger files changed"), CompileInputs.of(dev).changesSince(recorded));
  }

  @Test
  void noRecordIsNoRecord() throws Exception {
    assertEquals(Optional.empty(), CompileInputs.read(directory.resolve("missing.txt")));
  }

  private static CompilerSettings settings(String modeArgument, Path ledgerDir) {
    return new CompilerSettings("<compilerArgs>" + modeArgument + "</compilerArgs>",
        Map.of("tidemark.dir", ledgerDir.toString()), Optional.empty());
  }
}
