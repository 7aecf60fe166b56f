package dev.tidemark.runtime.internal.safety;

import dev.tidemark.runtime.SafetyPolicy;
import java.sql.SQLException;
import java.time.Duration;

/**
 * How the executor waits for locks under ENHANCED and STRICT. A DDL statement that queues for its
 * lock blocks every query that arrives after it, so it must give up quickly ({@code lock_timeout})
 * and try again a little later, a bounded number of times, rather than wait.
 *
 * <p>The executor's hook: run each {@link Phase} with {@code lock_timeout} set ({@code set local}
 * in a transactional phase; {@code set} then {@code reset} around a non-transactional one); when
 * it fails with {@link #isLockTimeout}, roll the phase back, sleep {@link #backoff} and run the
 * phase again (phases are re-runnable), at most {@link #attempts} times in all.
 *
 * @param lockTimeout how long one statement waits for a lock
 * @param attempts how many times a phase is tried before the revision fails
 * @param firstBackoff the pause after the first lock timeout; it doubles after each further one
 */
public record LockRetry(Duration lockTimeout, int attempts, Duration firstBackoff) {

  /** PostgreSQL's SQLState for {@code canceling statement due to lock timeout}. */
  public static final String LOCK_NOT_AVAILABLE = "55P03";

  public LockRetry {
    if (lockTimeout.isNegative() || lockTimeout.isZero() || attempts < 1 || firstBackoff.isNegative()) {
      throw new IllegalArgumentException("lock retry needs a positive timeout and at least one attempt");
    }
  }

  /**
   * The retry of {@code policy}: BASIC waits as configured (once, with {@code configuredLockTimeout}
   * or without a limit); ENHANCED and STRICT give up after {@code configuredLockTimeout} (two
   * seconds when not configured) and try five times, pausing 1, 2, 4 and 8 seconds.
   *
   * @return the retry, or {@code null} when BASIC runs without a lock timeout
   */
  public static LockRetry of(SafetyPolicy policy, Duration configuredLockTimeout) {
    if (!policy.rendersSafeForms()) {
      return configuredLockTimeout == null ? null : new LockRetry(configuredLockTimeout, 1, Duration.ZERO);
    }
    Duration timeout = configuredLockTimeout == null ? Duration.ofSeconds(2) : configuredLockTimeout;
    return new LockRetry(timeout, 5, Duration.ofSeconds(1));
  }

  /** Whether {@code failure} is a lock timeout, which another attempt may not meet. */
  public static boolean isLockTimeout(SQLException failure) {
    return LOCK_NOT_AVAILABLE.equals(failure.getSQLState());
  }

  /** The pause before attempt {@code attempt}: {@code firstBackoff} before the second, doubling after. */
  public Duration backoff(int attempt) {
    if (attempt < 2) {
      throw new IllegalArgumentException("attempt " + attempt + " is not a retry");
    }
    return firstBackoff.multipliedBy(1L << Math.min(attempt - 2, 10));
  }
}
