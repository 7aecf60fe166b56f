package dev.tidemark.runtime;

/** What went wrong, for code that reacts to a {@link TidemarkException}. */
public enum ErrorCode {
  /** A setting is missing or invalid; nothing touched the database. */
  CONFIGURATION,
  /** No generated catalog (or not the one asked for) is on the classpath. */
  NO_CATALOG,
  /** The catalog's revisions do not form one chain from the first to the head. */
  BROKEN_CHAIN,
  /** The jar carries a draft revision and the migrator is not in dev mode. */
  DRAFT_REFUSED,
  /** A revision applied to the database differs from the one built into the jar. */
  CHECKSUM_MISMATCH,
  /** The database's history and the jar's revisions went different ways. */
  DIVERGED_HISTORY,
  /** A revision's statement failed; the revision was rolled back completely. */
  REVISION_FAILED,
  /** The database could not be reached or the history could not be read or written. */
  DATABASE,
  /** The thread was interrupted while waiting for another instance's migration lock. */
  INTERRUPTED
}
