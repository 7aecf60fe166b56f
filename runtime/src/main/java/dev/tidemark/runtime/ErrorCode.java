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
  INTERRUPTED,
  /** Another session held the migration lock longer than the configured lock wait. */
  LOCK_WAIT_EXCEEDED,
  /** A verb named a revision that is neither in this build's chain nor {@code base}/{@code head}. */
  UNKNOWN_REVISION,
  /** A downgrade would pass a revision that has no downgrade; nothing was run. */
  IRREVERSIBLE,
  /** The live catalog differs from the snapshot expected at the database's revision. */
  DRIFT,
  /** The database has revisions this build does not know, and the settings forbid running ahead. */
  DATABASE_AHEAD,
  /** An offline script was asked for a range with a manual revision, whose Java code has no SQL. */
  NOT_SCRIPTABLE,
  /** Adopt was asked for a database whose schema already has a Tidemark history. */
  ALREADY_MANAGED,
  /** The safety policy refuses a revision that carries no acknowledgement of its risk; nothing of it ran. */
  UNSAFE_REVISION,
  /** Adopt's bridge would leave something the model has missing or different; nothing was run or stamped. */
  ADOPTION_INCOMPLETE
}
