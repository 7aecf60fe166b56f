package dev.tidemark.runtime;

import java.sql.Connection;
import java.sql.SQLException;

/** Java code that runs as a step of a revision, inside its transaction. */
@FunctionalInterface
public interface JdbcAction {

  void run(Connection connection) throws SQLException;
}
