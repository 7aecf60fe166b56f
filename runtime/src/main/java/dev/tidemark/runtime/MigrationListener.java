package dev.tidemark.runtime;

import java.time.Duration;

/** Hooks for monitoring a migration; every method does nothing unless overridden. */
public interface MigrationListener {

  /** Another session holds the schema's migration lock; called again while the wait goes on. */
  default void waitingForLock(String schema, String holder, Duration waited) {}

  default void beforeRevision(String schema, Revision revision) {}

  default void afterRevision(String schema, Revision revision, Duration elapsed) {}

  /** A downgrade is about to revert {@code revision}. */
  default void beforeDowngrade(String schema, Revision revision) {}

  default void afterDowngrade(String schema, Revision revision, Duration elapsed) {}

  /**
   * Applying or reverting the revision failed and was rolled back; {@code failure} is thrown to the
   * caller after this returns.
   */
  default void revisionFailed(String schema, Revision revision, TidemarkException failure) {}
}
