package dev.tidemark.runtime.internal.safety;

import dev.tidemark.runtime.TidemarkException;
import dev.tidemark.runtime.schema.PostgresNames;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * What the migrator's database says about the data, asked once per table: whether it has a row.
 * {@code exists} stops at the first visible row, so a large table costs no more than a small one.
 */
public final class LiveTableFacts implements TableFacts {

  private final Connection connection;
  private final String schema;
  private final Map<String, Boolean> hasRows = new HashMap<>();

  /** @param schema the schema whose tables are asked about */
  public LiveTableFacts(Connection connection, String schema) {
    this.connection = connection;
    this.schema = schema;
  }

  @Override
  public boolean mayHaveRows(String table) {
    return hasRows.computeIfAbsent(table, this::askHasRows);
  }

  private boolean askHasRows(String table) {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(
            "select exists (select 1 from " + PostgresNames.qualify(schema, table) + ")")) {
      result.next();
      return result.getBoolean(1);
    } catch (SQLException e) {
      throw TidemarkException.database("could not tell whether " + schema + "." + table + " has rows", e);
    }
  }
}
