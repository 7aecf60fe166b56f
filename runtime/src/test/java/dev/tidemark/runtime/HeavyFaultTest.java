package dev.tidemark.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.runtime.testing.FaultChain;
import dev.tidemark.runtime.testing.Sql;
import dev.tidemark.runtime.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Whole JVMs migrating the {@link FaultChain} at once, and killed with SIGKILL at random moments.
 * Heavy: run with {@code mvn -pl runtime verify -Pheavy -Dtest=HeavyFaultTest}.
 */
@Tag("heavy")
class HeavyFaultTest {

  private static final List<String> CHAIN = FaultChain.catalog().migrations().stream()
      .map(migration -> migration.revision().id()).toList();

  /** The revisions of the chain that build an index concurrently, and the index each builds. */
  private static final Map<String, String> CONCURRENT_INDEXES =
      Map.of("0005_index_trade_book", "trade_book_idx", "0007_index_trade_qty", "trade_qty_idx");

  private final PGSimpleDataSource database = (PGSimpleDataSource) TestPostgres.freshDatabase();

  @TempDir
  Path logs;

  @Test
  void sixteenJvmsBootingAtOnceApplyEachRevisionOnce() throws Exception {
    List<Process> processes = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      processes.add(FaultChain.start(database, logs.resolve("jvm" + i + ".log")));
    }
    int appliedInAll = 0;
    for (int i = 0; i < processes.size(); i++) {
      assertTrue(processes.get(i).waitFor(5, TimeUnit.MINUTES), "JVM " + i + " did not finish");
      String log = Files.readString(logs.resolve("jvm" + i + ".log"));
      assertEquals(0, processes.get(i).exitValue(), log);
      String applied = log.lines().filter(line -> line.startsWith("applied [")).findFirst().orElseThrow();
      appliedInAll += applied.equals("applied []") ? 0 : applied.split(",").length;
    }

    assertEquals(CHAIN.size(), appliedInAll);
    assertEquals(CHAIN, historyRevisions());
    assertTrue(migrator().verify().clean());
  }

  /**
   * Fifty JVMs (more with {@code -Dtidemark.faults.trials=N}) killed with SIGKILL at a random
   * moment, each one upgrading towards the head or, once the head is reached, downgrading towards
   * the base, so kills land in bulk loads, backfills, concurrent index builds and downgrades. After
   * every kill: no lock left, and the catalog is exactly the recorded revision's.
   */
  @Test
  void sigkillAtRandomMomentsLeavesNoHalfRevisionNoStaleLockAndNoInvalidIndex() throws Exception {
    Random random = new Random(20_261_129L);
    int trials = Integer.getInteger("tidemark.faults.trials", 50);
    int interruptedUpgrades = 0;
    int interruptedDowngrades = 0;
    String verb = "upgrade";
    for (int kill = 0; kill < trials; kill++) {
      int before = historyRevisions().size();
      verb = before == CHAIN.size() ? "downgrade" : before == 0 ? "upgrade" : verb;
      Process process = FaultChain.start(database, logs.resolve("kill" + kill + ".log"), verb);
      Thread.sleep(300 + random.nextInt(2_500));
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

      awaitNoAdvisoryLock();
      DriftReport drift = migrator().drift();
      List<Drift> unexpected = drift.differences().stream().filter(d -> !builtButNotRecorded(d)).toList();
      assertEquals(List.of(), unexpected,
          "after kill " + kill + " (" + verb + "): " + drift.summary() + "\n" + log("kill" + kill));
      int after = historyRevisions().size();
      boolean interrupted = verb.equals("upgrade") ? after < CHAIN.size() : after > 0;
      if (interrupted) {
        interruptedUpgrades += verb.equals("upgrade") ? 1 : 0;
        interruptedDowngrades += verb.equals("downgrade") ? 1 : 0;
      }
    }
    // Kills that land before the JVM connects, or after it finished, test nothing: make sure enough did not.
    assertTrue(interruptedUpgrades >= trials / 10, "only " + interruptedUpgrades + " upgrade(s) were interrupted");
    assertTrue(interruptedDowngrades >= 1, "no downgrade was interrupted");

    MigrationReport last = migrator().upgrade();

    assertEquals(CHAIN, historyRevisions());
    assertEquals(CHAIN.get(CHAIN.size() - 1), last.head());
    assertEquals(List.of(), Sql.rows(database, "select c.relname from pg_index i join pg_class c on c.oid = i.indexrelid"
        + " where not i.indisvalid"));
    assertTrue(migrator().verify().clean());
  }

  /**
   * A concurrent index build runs outside a transaction, so a kill between the build and the
   * history row leaves a valid index its revision has not recorded; the next boot records it
   * without building it again. Any other drift is a half-applied revision.
   */
  private boolean builtButNotRecorded(Drift drift) {
    List<String> history = historyRevisions();
    String next = history.size() < CHAIN.size() ? CHAIN.get(history.size()) : "";
    return drift.kind() == Drift.Kind.EXTRA_INDEX && CONCURRENT_INDEXES.getOrDefault(next, "").equals(drift.object());
  }

  /** The backend of a killed client ends when it notices the closed socket; its session lock ends with it. */
  private void awaitNoAdvisoryLock() throws InterruptedException {
    for (int attempt = 0; attempt < 100; attempt++) {
      if (Sql.rows(database, "select 1 from pg_locks where locktype = 'advisory'").isEmpty()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("a killed JVM left its migration lock behind");
  }

  private List<String> historyRevisions() {
    if (!Sql.tables(database, FaultChain.SCHEMA).contains("tidemark_history")) {
      return List.of();
    }
    return Sql.rows(database, "select revision from faults.tidemark_history order by installed_rank");
  }

  private String log(String name) throws IOException {
    return Files.readString(logs.resolve(name + ".log"));
  }

  private Migrator migrator() {
    return Migrator.builder(database).catalog(FaultChain.catalog()).build();
  }
}
