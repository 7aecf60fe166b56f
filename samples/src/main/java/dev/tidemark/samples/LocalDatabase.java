package dev.tidemark.samples;

import dev.tidemark.runtime.schema.PostgresNames;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database the samples run on: the server at {@code TIDEMARK_JDBC_URL} (with
 * {@code TIDEMARK_JDBC_USER} and {@code TIDEMARK_JDBC_PASSWORD}), or else an embedded PostgreSQL 17
 * whose data directory survives between runs, so a second run finds the schema already migrated.
 */
public final class LocalDatabase implements AutoCloseable {

  private final PGSimpleDataSource server;
  private final EmbeddedPostgres embedded;
  private final String description;

  private LocalDatabase(PGSimpleDataSource server, EmbeddedPostgres embedded, String description) {
    this.server = server;
    this.embedded = embedded;
    this.description = description;
  }

  /** The JDBC URL with its password parameter, in any case ({@code password=}, {@code PASSWORD=}), masked. */
  public static String masked(String url) {
    return url.replaceAll("(?i)password=[^&]*", "password=***");
  }

  public static LocalDatabase start(Path dataDirectory) throws IOException {
    String url = System.getenv("TIDEMARK_JDBC_URL");
    if (url != null && !url.isBlank()) {
      PGSimpleDataSource server = new PGSimpleDataSource();
      server.setURL(url);
      server.setUser(System.getenv("TIDEMARK_JDBC_USER"));
      server.setPassword(System.getenv("TIDEMARK_JDBC_PASSWORD"));
      return new LocalDatabase(server, null, "PostgreSQL at " + masked(url));
    }
    EmbeddedPostgres embedded = EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .start();
    PGSimpleDataSource server = new PGSimpleDataSource();
    server.setURL(embedded.getJdbcUrl("postgres", "postgres"));
    server.setUser("postgres");
    return new LocalDatabase(server, embedded,
        "embedded PostgreSQL on port " + embedded.getPort() + ", data in " + dataDirectory);
  }

  /** The database the URL names (or {@code postgres} on the embedded server). */
  public DataSource dataSource() {
    return server;
  }

  /**
   * An empty database named {@code name} on the same server, dropped first if a previous run left
   * it: only for databases a sample owns. The user needs the right to create databases.
   */
  public DataSource recreateDatabase(String name) throws SQLException {
    try (Connection connection = server.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + PostgresNames.quote(name) + " with (force)");
      statement.execute("create database " + PostgresNames.quote(name));
    }
    PGSimpleDataSource database = new PGSimpleDataSource();
    database.setURL(server.getURL());
    database.setUser(server.getUser());
    database.setPassword(server.getPassword());
    database.setDatabaseName(name);
    return database;
  }

  public String description() {
    return description;
  }

  @Override
  public void close() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
  }
}
