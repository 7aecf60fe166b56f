package dev.tidemark.runtime;

/**
 * One difference between the live catalog and the schema expected at the database's revision.
 *
 * @param kind what differs
 * @param object the table, {@code table.column}, {@code table.constraint}, index or sequence it concerns
 * @param expected what the revision's snapshot has, or {@code null} when it has nothing there
 * @param actual what the database has, or {@code null} when it has nothing there
 */
public record Drift(Kind kind, String object, String expected, String actual) {

  /** The kinds of difference, named as a DBA would say them. */
  public enum Kind {
    MISSING_TABLE, EXTRA_TABLE, TABLE_COMMENT, PARTITIONING,
    MISSING_COLUMN, EXTRA_COLUMN, COLUMN_TYPE, COLUMN_NULLABILITY, COLUMN_DEFAULT, COLUMN_IDENTITY, COLUMN_COMMENT,
    MISSING_PRIMARY_KEY, EXTRA_PRIMARY_KEY, CHANGED_PRIMARY_KEY,
    MISSING_UNIQUE, EXTRA_UNIQUE, CHANGED_UNIQUE,
    MISSING_CHECK, EXTRA_CHECK, CHANGED_CHECK,
    MISSING_FOREIGN_KEY, EXTRA_FOREIGN_KEY, CHANGED_FOREIGN_KEY,
    MISSING_INDEX, EXTRA_INDEX, CHANGED_INDEX,
    MISSING_SEQUENCE, EXTRA_SEQUENCE, CHANGED_SEQUENCE
  }

  /** One line: {@code COLUMN_TYPE book.code: expected character varying(12), found text}. */
  public String describe() {
    return kind + " " + object + (expected == null ? "" : ": expected " + expected)
        + (actual == null ? "" : (expected == null ? ": found " : ", found ") + actual);
  }
}
