package dev.tidemark.runtime.sql;

import static dev.tidemark.runtime.schema.PostgresNames.quote;
import static dev.tidemark.runtime.sql.LockLevel.ACCESS_EXCLUSIVE;
import static dev.tidemark.runtime.sql.LockLevel.SHARE_ROW_EXCLUSIVE;
import static dev.tidemark.runtime.sql.LockLevel.SHARE_UPDATE_EXCLUSIVE;
import static dev.tidemark.runtime.sql.SqlStatement.locking;

import dev.tidemark.runtime.operation.AddCheck;
import dev.tidemark.runtime.operation.AddForeignKey;
import dev.tidemark.runtime.schema.Index;
import dev.tidemark.runtime.schema.PostgresNames;
import java.util.List;

/**
 * The statements of Tidemark's safe multi-step forms, which avoid long locks on tables in use:
 * concurrent index builds, constraints added {@code not valid} and validated apart, constraints
 * attached to an index built beforehand. Each statement carries the lock it takes, which is the
 * point of the form.
 */
public final class SafeFormRenderer {

  private final PostgresRenderer plain;
  private final String schema;

  /** @param plain the renderer of the plain forms, which knows the schema the statements act on */
  public SafeFormRenderer(PostgresRenderer plain) {
    this.plain = plain;
    this.schema = plain.schema();
  }

  /** The renderer of the plain forms, for statements that have no safe form. */
  public PostgresRenderer plain() {
    return plain;
  }

  /**
   * Builds an index without blocking writes; outside any transaction. {@code if not exists} lets a
   * retry skip an index built already; an invalid one left by a failed build must be dropped first
   * ({@link #dropIndexConcurrently} guarded by {@link #invalidIndex}).
   */
  public SqlStatement createIndexConcurrently(String table, Index index) {
    return new SqlStatement("create " + (index.unique() ? "unique " : "") + "index concurrently if not exists "
        + quote(index.name()) + " on " + plain.qualified(table) + " " + PostgresRenderer.indexKeys(index),
        false, SHARE_UPDATE_EXCLUSIVE);
  }

  /** Drops an index without blocking reads or writes; outside any transaction. */
  public SqlStatement dropIndexConcurrently(String index) {
    return new SqlStatement("drop index concurrently if exists " + plain.qualified(index), false,
        SHARE_UPDATE_EXCLUSIVE);
  }

  /** Holds when the index exists but is invalid: a concurrent build of it failed part way. */
  public SqlGuard invalidIndex(String index) {
    return new SqlGuard("select exists (select 1 from pg_index i join pg_class c on c.oid = i.indexrelid"
        + " join pg_namespace n on n.oid = c.relnamespace"
        + " where n.nspname = ? and c.relname = ? and not i.indisvalid)", List.of(schema, index));
  }

  /** The foreign key, enforced for new rows at once, with the scan of existing rows left to a validation. */
  public SqlStatement addNotValid(AddForeignKey operation) {
    return locking(SHARE_ROW_EXCLUSIVE, plain.render(operation).sql() + " not valid");
  }

  /** The check, enforced for new rows at once, with the scan of existing rows left to a validation. */
  public SqlStatement addNotValid(AddCheck operation) {
    return locking(ACCESS_EXCLUSIVE, plain.render(operation).sql() + " not valid");
  }

  /** The check {@code "column" is not null}, not yet validated, named {@code name}. */
  public SqlStatement addNotNullCheck(String table, String column, String name) {
    return locking(ACCESS_EXCLUSIVE, "alter table " + plain.qualified(table) + " add constraint " + quote(name)
        + " check (" + quote(column) + " is not null) not valid");
  }

  /** Scans existing rows while reads and writes go on (a foreign key also locks the referenced table ROW SHARE). */
  public SqlStatement validateConstraint(String table, String constraint) {
    return locking(SHARE_UPDATE_EXCLUSIVE,
        "alter table " + plain.qualified(table) + " validate constraint " + quote(constraint));
  }

  public SqlStatement dropConstraintIfExists(String table, String constraint) {
    return locking(ACCESS_EXCLUSIVE,
        "alter table " + plain.qualified(table) + " drop constraint if exists " + quote(constraint));
  }

  /** A unique constraint over a unique index of the same name, built beforehand: no scan, a brief lock. */
  public SqlStatement addUniqueUsingIndex(String table, String name) {
    return locking(ACCESS_EXCLUSIVE, "alter table " + plain.qualified(table) + " add constraint " + quote(name)
        + " unique using index " + quote(name));
  }

  /** A primary key over a unique index of the same name, built beforehand on NOT NULL columns. */
  public SqlStatement addPrimaryKeyUsingIndex(String table, String name) {
    return locking(ACCESS_EXCLUSIVE, "alter table " + plain.qualified(table) + " add constraint " + quote(name)
        + " primary key using index " + quote(name));
  }
}
