package dev.tidemark.runtime.sql;

/** The strongest lock a statement takes on an object that already exists, weakest first. */
public enum LockLevel {
  /** Takes no lock that another session could wait on: it only creates new objects. */
  NONE,
  /** Blocks other schema changes and vacuum, not reads or writes (comments). */
  SHARE_UPDATE_EXCLUSIVE,
  /** Blocks writes, not reads, for the statement's duration (a plain {@code create index}). */
  SHARE,
  /** Blocks writes and other schema changes, not reads (foreign keys, sequences). */
  SHARE_ROW_EXCLUSIVE,
  /** Blocks every access to the table, reads included, for the statement's duration. */
  ACCESS_EXCLUSIVE
}
