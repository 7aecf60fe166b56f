package dev.tidemark.runtime.internal;

import dev.tidemark.runtime.ErrorCode;
import dev.tidemark.runtime.TidemarkException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL session advisory lock that serialises migrations of one schema.
 *
 * <p>A session lock, not a transaction lock, so that no transaction stays open while migrating
 * (which {@code create index concurrently} needs), and so that it dies with the session: a killed
 * instance leaves no stale lock behind, unlike a lock row in a table. Waiters poll with
 * {@code pg_try_advisory_lock} instead of blocking, so they can report who holds the lock, and
 * they wait as long as the holder lives.
 */
public final class AdvisoryLock implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger("dev.tidemark.runtime.Migrator");

  private static final Duration FIRST_POLL = Duration.ofMillis(50);
  private static final Duration LONGEST_POLL = Duration.ofSeconds(1);
  private static final Duration REPORT_EVERY = Duration.ofSeconds(10);

  private final Connection connection;
  private final long key;

  private AdvisoryLock(Connection connection, long key) {
    this.connection = connection;
    this.key = key;
  }

  /**
   * Takes the lock for {@code schema} on {@code connection}, waiting while another session holds
   * it. {@code waiting} hears who holds it and for how long this call has waited, when the wait
   * begins and every ten seconds after.
   */
  public static AdvisoryLock acquire(Connection connection, String schema, BiConsumer<String, Duration> waiting)
      throws SQLException {
    return acquire(connection, schema, null, waiting);
  }

  /**
   * As {@link #acquire(Connection, String, BiConsumer)}, but gives up with
   * {@code LOCK_WAIT_EXCEEDED}, naming the holder, once {@code maxWait} (if not null) has passed.
   */
  public static AdvisoryLock acquire(Connection connection, String schema, Duration maxWait,
      BiConsumer<String, Duration> waiting) throws SQLException {
    long key = keyFor(schema);
    long started = System.nanoTime();
    long lastReport = 0;
    Duration poll = FIRST_POLL;
    while (!tryLock(connection, key)) {
      Duration waited = Duration.ofNanos(System.nanoTime() - started);
      if (maxWait != null && waited.compareTo(maxWait) >= 0) {
        throw TidemarkException.lockWaitExceeded(schema, holder(connection, key), waited);
      }
      if (lastReport == 0 || System.nanoTime() - lastReport >= REPORT_EVERY.toNanos()) {
        waiting.accept(holder(connection, key), waited);
        lastReport = System.nanoTime();
      }
      sleep(poll);
      poll = poll.multipliedBy(2).compareTo(LONGEST_POLL) > 0 ? LONGEST_POLL : poll.multipliedBy(2);
    }
    return new AdvisoryLock(connection, key);
  }

  /** A stable 64-bit key per schema name, so different schemas migrate independently. */
  public static long keyFor(String schema) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(("tidemark:" + schema).getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }

  /**
   * Releases the lock. When it cannot be released (the unlock fails, or the session turns out not to
   * hold it), the physical connection is aborted instead, so that a pool never hands out a session
   * that still holds the lock; the server releases a dead session's locks. A failed unlock is
   * rethrown, the abort's own failure suppressed into it; in try-with-resources it is suppressed
   * into the work's failure, never replacing it.
   */
  @Override
  public void close() throws SQLException {
    boolean released;
    try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
      unlock.setLong(1, key);
      try (ResultSet result = unlock.executeQuery()) {
        released = result.next() && result.getBoolean(1);
      }
    } catch (SQLException | RuntimeException e) {
      abort(e);
      throw e;
    }
    if (!released) {
      SQLException notHeld = new SQLException("the migration lock " + key + " was not held by this session"
          + " when it was released; its connection was aborted");
      abort(notHeld);
      LOG.warn(notHeld.getMessage());
      if (notHeld.getSuppressed().length > 0) {
        throw notHeld;
      }
    }
  }

  /** Aborts the physical connection; a failure to do so is suppressed into {@code cause}. */
  private void abort(Exception cause) {
    try {
      connection.abort(Runnable::run);
    } catch (SQLException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  private static boolean tryLock(Connection connection, long key) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
      lock.setLong(1, key);
      try (ResultSet result = lock.executeQuery()) {
        result.next();
        return result.getBoolean(1);
      }
    }
  }

  /** Who holds the lock, for the log: pid, application, client and since when. */
  private static String holder(Connection connection, long key) throws SQLException {
    // A bigint advisory key shows in pg_locks split into classid (high half) and objid (low half).
    try (PreparedStatement query = connection.prepareStatement(
        "select a.pid, a.application_name, coalesce(host(a.client_addr), 'local'), a.backend_start"
            + " from pg_locks l join pg_stat_activity a on a.pid = l.pid"
            + " where l.locktype = 'advisory' and l.granted and l.objsubid = 1"
            + " and l.database = (select oid from pg_database where datname = current_database())"
            + " and l.classid::bigint = ? and l.objid::bigint = ?")) {
      query.setLong(1, key >>> 32);
      query.setLong(2, key & 0xFFFFFFFFL);
      try (ResultSet result = query.executeQuery()) {
        if (!result.next()) {
          return "a session that has just released it";
        }
        return "pid " + result.getInt(1) + " (application '" + result.getString(2) + "', client "
            + result.getString(3) + ", connected since " + result.getObject(4) + ")";
      }
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw TidemarkException.of(ErrorCode.INTERRUPTED, "interrupted while waiting for the migration lock");
    }
  }
}
