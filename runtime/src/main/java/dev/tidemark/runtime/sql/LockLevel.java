package dev.tidemark.runtime.sql;

/** The strongest lock a statement takes on an object that already exists. */
public enum LockLevel {
  /** Takes no lock that another session could wait on: it only creates new objects. */
  NONE,
  /** Blocks concurrent data changes and other schema changes, not reads. */
  SHARE_ROW_EXCLUSIVE,
  /** Blocks every access to the table, reads included, for the statement's duration. */
  ACCESS_EXCLUSIVE
}
