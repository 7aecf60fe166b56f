package dev.tidemark.runtime.internal.safety;

/** What can go wrong when a revision runs on a live database; the policies judge by kind. */
public enum RiskKind {
  /** Rows or values are deleted, truncated or rounded. */
  DATA_LOSS,
  /** A statement fails when the table holds rows. */
  FAILS_ON_DATA,
  /** PostgreSQL rewrites the table and its indexes while holding an ACCESS EXCLUSIVE lock. */
  TABLE_REWRITE,
  /** A statement holds a lock that blocks writes (or all access) while it scans or builds. */
  BLOCKING_LOCK,
  /** Code deployed before the revision stops working once it runs. */
  BREAKING_CHANGE,
  /** A new table misses a design choice that is cheap now and costly later; judged by STRICT only. */
  DESIGN,
  /** A revision would run without the timeouts STRICT requires; judged by STRICT only. */
  NO_TIMEOUT
}
