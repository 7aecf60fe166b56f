package dev.tidemark.runtime.internal.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.runtime.SafetyPolicy;
import dev.tidemark.runtime.sql.LockLevel;
import dev.tidemark.runtime.sql.SqlStatement;
import dev.tidemark.runtime.testing.PlanRunner;
import dev.tidemark.runtime.testing.Sql;
import dev.tidemark.runtime.testing.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The two things the migrator asks PostgreSQL for: whether a table has rows, and whether a lock wait timed out. */
class LiveFactsAndLockRetryTest {

  private final DataSource database = TestPostgres.freshDatabase();

  @Test
  void liveFactsTellAnEmptyTableFromOneWithRows() throws SQLException {
    Sql.execute(database, "create schema \"Desk\"");
    Sql.execute(database, "create table \"Desk\".\"Trade\" (id bigint)");
    Sql.execute(database, "create table \"Desk\".fill (id bigint)");
    Sql.execute(database, "insert into \"Desk\".fill values (1)");

    try (Connection connection = database.getConnection()) {
      LiveTableFacts facts = new LiveTableFacts(connection, "Desk");
      assertFalse(facts.mayHaveRows("Trade"));
      assertTrue(facts.mayHaveRows("fill"));
    }
  }

  @Test
  void aLockTimeoutIsRecognisedSoThePhaseCanBeRetried() throws SQLException {
    Sql.execute(database, "create table trade (id bigint)");
    LockRetry retry = LockRetry.of(SafetyPolicy.ENHANCED, Duration.ofMillis(200));
    try (Connection holder = database.getConnection(); Connection migrator = database.getConnection()) {
      holder.setAutoCommit(false);
      holder.createStatement().execute("select * from trade");
      migrator.setAutoCommit(false);
      try (Statement statement = migrator.createStatement()) {
        statement.execute("set local lock_timeout = " + retry.lockTimeout().toMillis());
        SQLException timedOut = assertThrows(SQLException.class,
            () -> statement.execute("alter table trade add column venue text"));
        assertTrue(LockRetry.isLockTimeout(timedOut), timedOut::getSQLState);
      }
      migrator.rollback();
    }
  }

  @Test
  void aPhaseThatTimedOutOnALockSucceedsOnALaterAttempt() throws Exception {
    Sql.execute(database, "create table trade (id bigint)");
    ExecutionPlan plan = new ExecutionPlan(List.of(new Phase(true, List.of(Step.always(
            new SqlStatement("alter table trade add column venue text", true, LockLevel.ACCESS_EXCLUSIVE))))),
        new LockRetry(Duration.ofMillis(100), 10, Duration.ofMillis(100)));
    try (Connection holder = database.getConnection()) {
      holder.setAutoCommit(false);
      holder.createStatement().execute("select * from trade");
      Thread release = new Thread(() -> {
        try {
          Thread.sleep(500);
          holder.rollback();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      release.start();
      long started = System.nanoTime();
      PlanRunner.run(database, plan);
      release.join();
      // One attempt gives up after 100 ms: finishing after the holder let go took several.
      assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 500, "it waited for the holder");
    }
    assertEquals(List.of("id bigint null", "venue text null"), Sql.columns(database, "public", "trade"));
  }

  @Test
  void policiesWaitForLocksDifferently() {
    assertNull(LockRetry.of(SafetyPolicy.BASIC, null));
    assertEquals(new LockRetry(Duration.ofSeconds(3), 1, Duration.ZERO),
        LockRetry.of(SafetyPolicy.BASIC, Duration.ofSeconds(3)));
    LockRetry enhanced = LockRetry.of(SafetyPolicy.STRICT, null);
    assertEquals(Duration.ofSeconds(2), enhanced.lockTimeout());
    assertEquals(5, enhanced.attempts());
    assertEquals(Duration.ofSeconds(1), enhanced.backoff(2));
    assertEquals(Duration.ofSeconds(8), enhanced.backoff(5));
    assertFalse(LockRetry.isLockTimeout(new SQLException("duplicate", "23505")));
  }
}
