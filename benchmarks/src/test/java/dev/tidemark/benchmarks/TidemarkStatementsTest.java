package dev.tidemark.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Tidemark costs the server, with migration classes and a catalog the processor's own writer
 * generated, each call in a fresh JVM as a service boots, counted in the server's statement log: a
 * boot with nothing pending loads no migration class and sends one statement; an upgrade sends
 * what plain JDBC sends plus one statement per revision, its history row.
 */
class TidemarkStatementsTest {

  private static final int REVISIONS = 5;
  /** A migration class as the writer names them: {@code V0001_Create...}. */
  private static final Pattern MIGRATION_CLASS = Pattern.compile("\\.V\\d{4}_\\w+ ");
  /**
   * What an upgrade sends once, whatever it applies: the history read without the lock, the lock,
   * the schema and history table set-up (four statements), the history read again under the lock,
   * the read of upgrades a stopped run left under way, and the unlock. The first read fails on a
   * new database and is not logged as a statement, so eight are counted.
   */
  private static final int UPGRADE_ONCE = 8;

  @TempDir
  static Path work;
  private static ToolFixtures fixtures;
  private static Fork fork;
  private static BenchServer server;

  @BeforeAll
  static void start() throws Exception {
    fixtures = ToolFixtures.write(work.resolve("fixtures"), REVISIONS);
    fork = new Fork(work.resolve("fork-logs"), List.of(fixtures.tidemarkClasses().toString()));
    server = BenchServer.start(work.resolve("postgres"));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void aBootWithNothingPendingLoadsNoMigrationClassAndSendsOneStatementPerCall() throws Exception {
    Path classLog = work.resolve("loaded-classes.txt");
    String url = applied("noop", Tool.TIDEMARK);

    fork.run(BootCall.class, List.of("-Xlog:class+load=info:file=" + classLog),
        List.of("boot", Tool.TIDEMARK.name(), fixtures.directory(), url, "noop-boot", "2"));

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

  @Test
  void anUpgradeSendsWhatPlainJdbcSendsPlusEachRevisionsHistoryRow() throws Exception {
    applied("apply_floor", Tool.FLOOR);
    applied("apply_tidemark", Tool.TIDEMARK);

    long plainJdbc = server.statementsSentBy("apply_floor").statements();
    long tidemark = server.statementsSentBy("apply_tidemark").statements();
    assertEquals(plainJdbc + REVISIONS + UPGRADE_ONCE, tidemark);
  }

  /** A new database with every revision applied by {@code tool}, connecting as {@code name}; its URL. */
  private static String applied(String name, Tool tool) throws Exception {
    server.createDatabase(name, ToolFixtures.PREPARED_SCHEMAS);
    String url = server.url(name);
    fork.run(BootCall.class, List.of(), List.of("apply", tool.name(), fixtures.directory(), url, name, "1"));
    return url;
  }
}
