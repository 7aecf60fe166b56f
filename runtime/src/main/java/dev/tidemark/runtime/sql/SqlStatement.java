package dev.tidemark.runtime.sql;

import java.util.Objects;

/**
 * One rendered statement.
 *
 * @param sql the statement, without a trailing semicolon
 * @param transactional whether it may run inside a transaction ({@code create index concurrently}
 *     may not)
 * @param lock the strongest lock it takes on existing objects
 */
public record SqlStatement(String sql, boolean transactional, LockLevel lock) {

  public SqlStatement {
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(lock, "lock");
  }

  static SqlStatement locking(LockLevel lock, String sql) {
    return new SqlStatement(sql, true, lock);
  }
}
