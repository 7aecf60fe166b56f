package dev.tidemark.runtime.internal.safety;

import java.util.Arrays;
import java.util.Optional;

/**
 * The safety rules. Ids are stable: acknowledgements, ledgers and reviewers' habits refer to them,
 * so a rule is never renumbered and a retired id is never reused.
 */
public enum Rule {
  DROP_TABLE("TM101", RiskKind.DATA_LOSS, "dropping a table deletes its rows",
      "Stop using the table in one release; drop it in a later one, after a backup."),
  DROP_COLUMN("TM102", RiskKind.DATA_LOSS, "dropping a column deletes its values",
      "Stop using the column in one release; drop it in a later one, after a backup."),
  NARROWING_TYPE("TM103", RiskKind.DATA_LOSS,
      "a type change that may truncate, round or reject existing values",
      "Add a column of the new type, backfill and check it, switch the code, then drop the old column."),
  CUSTOM_DATA_LOSS("TM104", RiskKind.DATA_LOSS,
      "a custom operation that may delete rows, such as a shorter partition retention that drops partitions",
      "Keep the rows elsewhere first (detach expired partitions instead of dropping them), then acknowledge it."),
  ENUM_CONSTANTS_REMOVED("TM105", RiskKind.DATA_LOSS,
      "an enum lost constants that existing rows may hold, so their values stand for nothing",
      "Move the rows holding the removed constants to a kept one first (a manual revision), then acknowledge it."),

  REQUIRED_COLUMN_WITHOUT_DEFAULT("TM201", RiskKind.FAILS_ON_DATA,
      "adding a NOT NULL column without a default fails on a table that has rows",
      "Add it nullable or with a default, backfill it, then set it NOT NULL."),

  REWRITING_TYPE_CHANGE("TM301", RiskKind.TABLE_REWRITE,
      "a type change that is not binary-coercible rewrites the table under an ACCESS EXCLUSIVE lock",
      "Add a column of the new type, backfill it in batches, switch the code, then drop the old column."),
  VOLATILE_DEFAULT("TM302", RiskKind.TABLE_REWRITE,
      "adding a column with a volatile default rewrites the table under an ACCESS EXCLUSIVE lock",
      "Add the column without a default, set the default, then backfill existing rows in batches."),
  IDENTITY_COLUMN("TM303", RiskKind.TABLE_REWRITE,
      "adding an identity (generated) column fills every row, rewriting the table under an ACCESS EXCLUSIVE lock",
      "Add a plain nullable column, backfill it in batches, then add the identity."),

  INDEX_BUILD("TM401", RiskKind.BLOCKING_LOCK, "building an index blocks writes to the table until it is built",
      "CREATE INDEX CONCURRENTLY, outside a transaction (Tidemark renders it under ENHANCED and STRICT)."),
  FOREIGN_KEY("TM402", RiskKind.BLOCKING_LOCK,
      "adding a foreign key scans the table while blocking writes to it and to the referenced table",
      "Add it NOT VALID, then VALIDATE CONSTRAINT in a transaction of its own (Tidemark renders it under"
          + " ENHANCED and STRICT)."),
  CHECK("TM403", RiskKind.BLOCKING_LOCK, "adding a check scans the table under an ACCESS EXCLUSIVE lock",
      "Add it NOT VALID, then VALIDATE CONSTRAINT in a transaction of its own (Tidemark renders it under"
          + " ENHANCED and STRICT)."),
  UNIQUE("TM404", RiskKind.BLOCKING_LOCK,
      "adding a unique constraint builds its index under an ACCESS EXCLUSIVE lock",
      "Build a unique index concurrently, then ADD CONSTRAINT ... UNIQUE USING INDEX (Tidemark renders it"
          + " under ENHANCED and STRICT)."),
  PRIMARY_KEY("TM405", RiskKind.BLOCKING_LOCK,
      "adding a primary key builds its index (and checks NOT NULL) under an ACCESS EXCLUSIVE lock",
      "Set the columns NOT NULL through a validated check, build a unique index concurrently, then"
          + " ADD CONSTRAINT ... PRIMARY KEY USING INDEX (Tidemark renders it under ENHANCED and STRICT)."),
  SET_NOT_NULL("TM406", RiskKind.BLOCKING_LOCK, "SET NOT NULL scans the table under an ACCESS EXCLUSIVE lock",
      "Add CHECK (column IS NOT NULL) NOT VALID, validate it, SET NOT NULL (no scan since PostgreSQL 12),"
          + " drop the check (Tidemark renders it under ENHANCED and STRICT)."),
  DROP_INDEX("TM407", RiskKind.BLOCKING_LOCK,
      "dropping an index takes an ACCESS EXCLUSIVE lock on the table, queued behind running queries",
      "DROP INDEX CONCURRENTLY (Tidemark renders it under ENHANCED and STRICT)."),

  RENAME_TABLE("TM501", RiskKind.BREAKING_CHANGE, "renaming a table breaks code that uses the old name",
      "Expand, then contract: create the new table (or a view under the new name), move the code over,"
          + " drop the old name in a later release."),
  RENAME_COLUMN("TM502", RiskKind.BREAKING_CHANGE, "renaming a column breaks code that uses the old name",
      "Expand, then contract: add the new column, write both, backfill, move the reads, drop the old"
          + " column in a later release."),
  REQUIRED_WITHOUT_DEFAULT("TM503", RiskKind.BREAKING_CHANGE,
      "a column that becomes NOT NULL without a default fails the inserts of code that does not write it",
      "Give it a default, or make it NOT NULL one release after every writer sets it."),
  DROP_DEFAULT_OF_REQUIRED("TM504", RiskKind.BREAKING_CHANGE,
      "dropping the default or identity of a NOT NULL column fails the inserts of code that relies on it",
      "Drop the default one release after every writer sets the column."),

  NARROW_KEY("TM601", RiskKind.DESIGN, "a new table's primary key column is smaller than bigint",
      "Use bigint (Long): integer keys run out at 2^31."),
  TIMESTAMP_WITHOUT_TIME_ZONE("TM602", RiskKind.DESIGN, "a new table has a timestamp without time zone column",
      "Use timestamp with time zone (Instant or OffsetDateTime)."),
  UNINDEXED_FOREIGN_KEY("TM603", RiskKind.DESIGN,
      "a new table's foreign key has no index that starts with its columns",
      "Add an index whose leading columns are the foreign key's: deletes of referenced rows scan the table"
          + " without one."),

  MISSING_TIMEOUT("TM701", RiskKind.NO_TIMEOUT, "revisions would run without a statement timeout",
      "Set Migrator.builder(...).statementTimeout(...); the lock timeout defaults to 2 s under ENHANCED and"
          + " STRICT.");

  private final String id;
  private final RiskKind kind;
  private final String summary;
  private final String safeAlternative;

  Rule(String id, RiskKind kind, String summary, String safeAlternative) {
    this.id = id;
    this.kind = kind;
    this.summary = summary;
    this.safeAlternative = safeAlternative;
  }

  public static Optional<Rule> byId(String id) {
    return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
  }

  /** The stable id, {@code TM102}. */
  public String id() {
    return id;
  }

  public RiskKind kind() {
    return kind;
  }

  /** The risk in general terms, for the README's table and for messages. */
  public String summary() {
    return summary;
  }

  /** What to do instead. */
  public String safeAlternative() {
    return safeAlternative;
  }

  /** Whether Tidemark renders a safe multi-step form of the operation under ENHANCED and STRICT. */
  public boolean hasSafeForm() {
    return this == INDEX_BUILD || this == FOREIGN_KEY || this == CHECK || this == UNIQUE || this == PRIMARY_KEY
        || this == SET_NOT_NULL || this == DROP_INDEX;
  }
}
