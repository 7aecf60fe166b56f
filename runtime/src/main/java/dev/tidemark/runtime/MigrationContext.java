package dev.tidemark.runtime;

import dev.tidemark.runtime.internal.ManualStepScope;
import dev.tidemark.runtime.schema.PostgresNames;
import java.sql.Connection;

/**
 * The run a manual revision's code is part of. Its connection already has the managed schema first
 * on {@code search_path}, so unqualified SQL acts on it; code that must qualify names takes the
 * schema from here, so it follows a {@code Migrator.builder(...).schema(...)} override:
 *
 * <pre>{@code
 * public void upgrade(Connection connection) throws SQLException {
 *   MigrationContext context = MigrationContext.of(connection);
 *   connection.createStatement().execute("update " + context.qualify("trade") + " set venue = 'XLON'");
 * }
 * }</pre>
 *
 * @param connection the revision's connection, inside its transaction
 * @param schema the managed schema, as PostgreSQL stores its name
 * @param revision the revision being applied or reverted
 */
public record MigrationContext(Connection connection, String schema, Revision revision) {

  /** The context of the manual step running on {@code connection}; fails outside one. */
  public static MigrationContext of(Connection connection) {
    return ManualStepScope.current()
        .filter(context -> context.connection() == connection)
        .orElseThrow(() -> new IllegalStateException(
            "MigrationContext.of is for the connection a manual revision's upgrade or downgrade was given"));
  }

  /** {@code "schema"."name"}, both quoted. */
  public String qualify(String name) {
    return PostgresNames.qualify(schema, name);
  }
}
