package dev.tidemark.runtime.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * A query answering one boolean, with its parameters: the statement it guards runs only when the
 * answer is true. For decisions that must be taken outside a transaction, where PL/pgSQL cannot
 * run the statement ({@code drop index concurrently} only of an invalid index).
 *
 * @param query the query, returning one row with one boolean column
 * @param parameters the values bound to its placeholders, in order
 */
public record SqlGuard(String query, List<String> parameters) {

  public SqlGuard {
    Objects.requireNonNull(query, "query");
    parameters = List.copyOf(parameters);
  }

  /** Whether the guarded statement should run now. */
  public boolean holds(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      for (int i = 0; i < parameters.size(); i++) {
        statement.setString(i + 1, parameters.get(i));
      }
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }
}
