package dev.tidemark.runtime.internal.catalog;

import dev.tidemark.runtime.diff.SchemaDiff;
import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.PostgresNames;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Table;
import dev.tidemark.runtime.sql.PostgresRenderer;
import dev.tidemark.runtime.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Expected and live schemas in the form PostgreSQL's catalog prints them. A model keeps types, defaults and check
 * expressions as Tidemark renders them ({@code "limit" >= 0}); the server prints them its own way
 * ({@code ("limit" >= (0)::numeric)}). So the expected schema is built in a scratch schema inside a
 * transaction that is rolled back, and read back with the same {@link CatalogReader} as the live one.
 */
public final class Catalogs {

  private Catalogs() {}

  /**
   * {@code model} as the server prints it, named {@code schema}; nothing of the scratch build remains.
   * Its foreign keys into other schemas reference the live tables there, named as in
   * {@code referencedSchemas} (ledger name to migrated name).
   */
  public static Schema expected(Connection connection, Schema model, String schema,
      Map<String, String> referencedSchemas) throws SQLException {
    String scratch = "tidemark_expected_" + UUID.randomUUID().toString().replace("-", "");
    return inReadTransaction(connection, () -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("create schema " + PostgresNames.quote(scratch));
        for (SqlStatement sql : new PostgresRenderer(scratch, referencedSchemas).render(SchemaDiff.between(Schema.empty(model.name()), model))) {
          statement.execute(sql.sql());
        }
      }
      return renamed(new CatalogReader(connection, scratch, List.of()).read(), scratch, schema);
    });
  }

  /** The live schema, minus the tables named in {@code ignoredTables}. */
  public static Schema live(Connection connection, String schema, List<String> ignoredTables) throws SQLException {
    return inReadTransaction(connection, () -> new CatalogReader(connection, schema, ignoredTables).read());
  }

  /**
   * The live schema as the transaction open on {@code connection} sees it, for a check before it
   * commits; leaves {@code search_path} at {@code pg_catalog} until that transaction ends.
   */
  public static Schema liveInTransaction(Connection connection, String schema, List<String> ignoredTables)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("set local search_path = pg_catalog");
    }
    return new CatalogReader(connection, schema, ignoredTables).read();
  }

  private interface Read {
    Schema run() throws SQLException;
  }

  /** Reads in a transaction that is always rolled back, with every name printed qualified. */
  private static Schema inReadTransaction(Connection connection, Read read) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    Exception failure = null;
    try (Statement statement = connection.createStatement()) {
      statement.execute("set local search_path = pg_catalog");
      return read.run();
    } catch (SQLException | RuntimeException e) {
      failure = e;
      throw e;
    } finally {
      try {
        connection.rollback();
        connection.setAutoCommit(autoCommit);
      } catch (SQLException cleanup) {
        if (failure == null) {
          throw cleanup;
        }
        failure.addSuppressed(cleanup);
      }
    }
  }

  /** Defaults name sequences with their schema ({@code nextval('scratch.seq'::regclass)}). */
  private static Schema renamed(Schema read, String scratch, String schema) {
    String from = scratch + ".";
    List<Table> tables = read.tables().stream().map(table -> {
      Table renamed = table;
      for (Column column : table.columns()) {
        if (column.defaultValue() != null && column.defaultValue().contains(from)) {
          renamed = renamed.withColumnChanged(column.name(),
              changed -> changed.defaultValue(column.defaultValue().replace(from, quoteIfNeeded(schema) + ".")));
        }
      }
      return renamed;
    }).toList();
    return new Schema(schema, tables, read.sequences());
  }

  private static String quoteIfNeeded(String name) {
    return name.matches("[a-z_][a-z0-9_$]*") ? name : PostgresNames.quote(name);
  }
}
