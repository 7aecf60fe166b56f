package dev.tidemark.runtime.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Small queries tests use to look at a database. */
public final class Sql {

  private Sql() {}

  /** Each row of {@code query} as its columns joined by a space; parameters bound in order. */
  public static List<String> rows(DataSource dataSource, String query, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(query)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<String> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        int width = result.getMetaData().getColumnCount();
        while (result.next()) {
          StringBuilder row = new StringBuilder();
          for (int column = 1; column <= width; column++) {
            row.append(column > 1 ? " " : "").append(result.getString(column));
          }
          rows.add(row.toString());
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("query failed: " + query, e);
    }
  }

  public static void execute(DataSource dataSource, String statement) {
    try (Connection connection = dataSource.getConnection()) {
      connection.createStatement().execute(statement);
    } catch (SQLException e) {
      throw new IllegalStateException("statement failed: " + statement, e);
    }
  }

  /** The tables of {@code schema}, sorted. */
  public static List<String> tables(DataSource dataSource, String schema) {
    return rows(dataSource,
        "select table_name from information_schema.tables where table_schema = ? order by 1", schema);
  }

  /** The columns of one table in creation order: {@code name type null} or {@code name type not null}. */
  public static List<String> columns(DataSource dataSource, String schema, String table) {
    return rows(dataSource, "select a.attname, format_type(a.atttypid, a.atttypmod),"
        + " case when a.attnotnull then 'not null' else 'null' end"
        + " from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace"
        + " where n.nspname = ? and c.relname = ? and a.attnum > 0 and not a.attisdropped order by a.attnum",
        schema, table);
  }
}
