package dev.tidemark.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.runtime.testing.TestPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A lock that cannot be released takes its connection down with it, and never hides the work's failure. */
class AdvisoryLockTest {

  private static final String SCHEMA = "locked";

  private final DataSource database = TestPostgres.freshDatabase();

  @Test
  void aReleasedLockLeavesTheConnectionOpenAndTheLockFree() throws SQLException {
    try (Connection connection = database.getConnection(); Connection other = database.getConnection()) {
      AdvisoryLock.acquire(connection, SCHEMA, (holder, waited) -> {}).close();

      assertFalse(connection.isClosed());
      assertTrue(tryLock(other));
    }
  }

  @Test
  void aLockTheSessionNoLongerHoldsAbortsTheConnection() throws SQLException {
    try (Connection connection = database.getConnection()) {
      AdvisoryLock lock = AdvisoryLock.acquire(connection, SCHEMA, (holder, waited) -> {});
      try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
        unlock.setLong(1, AdvisoryLock.keyFor(SCHEMA));
        unlock.execute();
      }

      lock.close();

      assertTrue(connection.isClosed());
    }
  }

  @Test
  void aFailedUnlockIsSuppressedIntoTheWorksFailure() throws SQLException {
    Connection connection = database.getConnection();
    IllegalStateException primary = new IllegalStateException("the work failed");

    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
      try (AdvisoryLock lock = AdvisoryLock.acquire(connection, SCHEMA, (holder, waited) -> {})) {
        connection.close();
        throw primary;
      }
    });

    assertSame(primary, thrown);
    assertEquals(1, thrown.getSuppressed().length);
    assertInstanceOf(SQLException.class, thrown.getSuppressed()[0]);
    assertTrue(connection.isClosed());
    try (Connection other = database.getConnection()) {
      assertTrue(tryLock(other), "the closed session's lock is gone");
    }
  }

  private static boolean tryLock(Connection connection) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
      lock.setLong(1, AdvisoryLock.keyFor(SCHEMA));
      try (ResultSet result = lock.executeQuery()) {
        result.next();
        return result.getBoolean(1);
      }
    }
  }
}
