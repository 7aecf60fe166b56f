package dev.tidemark.runtime;

/**
 * How strictly the safety rules judge a revision. Every policy blocks data loss and statements
 * that fail on existing data, unless the revision acknowledges the risk.
 */
public enum SafetyPolicy {
  /** Blocks data loss and statements that will fail; warns about rewrites, long locks and breaking changes. */
  BASIC,
  /**
   * Also blocks every table rewrite and long lock on an existing table, except where Tidemark
   * renders the safe multi-step form itself (concurrent index builds, {@code not valid}
   * constraints validated apart, {@code set not null} through a validated check); runs every
   * revision with a lock timeout and bounded retries.
   */
  ENHANCED,
  /**
   * Also blocks breaking changes for running code (renames, drops, new required columns): they
   * must be split across two releases, expand then contract, and the contract acknowledged;
   * requires lock and statement timeouts; holds new tables to good design (bigint keys,
   * {@code timestamp with time zone}, indexed foreign keys).
   */
  STRICT;

  /** Whether Tidemark renders rewrites and long locks on existing tables in their safe form. */
  public boolean rendersSafeForms() {
    return this != BASIC;
  }
}
