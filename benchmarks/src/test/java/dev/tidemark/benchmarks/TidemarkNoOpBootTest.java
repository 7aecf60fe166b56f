package dev.tidemark.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tidemark's boot against a database at head, with migration classes and a catalog the processor's
 * own writer generated, in a fresh JVM as a service boots: it loads no migration class, and each
 * call sends one statement, as the server's statement log shows.
 */
class TidemarkNoOpBootTest {

  private static final int REVISIONS = 5;
  /** A migration class as the writer names them: {@code V0001_Create...}. */
  private static final Pattern MIGRATION_CLASS = Pattern.compile("\\.V\\d{4}_\\w+ ");

  @Test
  void aBootWithNothingPendingLoadsNoMigrationClassAndSendsOneStatementPerCall(@TempDir Path work) throws Exception {
    ToolFixtures fixtures = ToolFixtures.write(work.resolve("fixtures"), REVISIONS);
    Fork fork = new Fork(work.resolve("fork-logs"), List.of(fixtures.tidemarkClasses().toString()));
    Path classLog = work.resolve("loaded-classes.txt");
    try (BenchServer server = BenchServer.start(work.resolve("postgres"))) {
      server.createDatabase("noop", ToolFixtures.PREPARED_SCHEMAS);
      String url = server.url("noop");
      fork.run(BootCall.class, List.of(), List.of("apply", "TIDEMARK", fixtures.directory(), url, "setup", "1"));

      fork.run(BootCall.class, List.of("-Xlog:class+load=info:file=" + classLog),
          List.of("boot", "TIDEMARK", fixtures.directory(), url, "noop-boot", "2"));

      List<String> loaded = Files.readAllLines(classLog);
      assertTrue(loaded.stream().anyMatch(line -> line.contains(" dev.tidemark.runtime.Migrator ")),
          "the class log lists what the boot loaded");
      assertTrue(loaded.stream().anyMatch(line -> line.contains(".BenchTidemarkCatalog ")),
          "the boot found the generated catalog");
      assertEquals(List.of(), loaded.stream().filter(line -> MIGRATION_CLASS.matcher(line).find()).toList());
      for (String call : List.of("noop-boot-0", "noop-boot-1")) {
        assertEquals(new StatementCount(1, 1), server.statementsSentBy(call), call);
      }
    }
  }
}
