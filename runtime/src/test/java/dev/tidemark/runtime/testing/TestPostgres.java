package dev.tidemark.runtime.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server tests run against: an embedded PostgreSQL 17 started once per JVM, or the
 * server at {@code TIDEMARK_JDBC_URL} (with {@code TIDEMARK_JDBC_USER} and
 * {@code TIDEMARK_JDBC_PASSWORD}); that user needs the right to create databases. Every test asks
 * for a fresh database, so tests never see each other's schemas.
 */
public final class TestPostgres {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final String RUN = Long.toString(ProcessHandle.current().pid());
  private static PGSimpleDataSource admin;
  private static EmbeddedPostgres embedded;

  private TestPostgres() {}

  /** A new, empty database on the test server. */
  public static DataSource freshDatabase() {
    String name = "tidemark_test_" + RUN + "_" + DATABASES.incrementAndGet();
    PGSimpleDataSource server = server();
    try (Connection connection = server.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    PGSimpleDataSource database = new PGSimpleDataSource();
    database.setURL(server.getURL());
    database.setUser(server.getUser());
    database.setPassword(server.getPassword());
    database.setDatabaseName(name);
    return database;
  }

  private static synchronized PGSimpleDataSource server() {
    if (admin == null) {
      admin = new PGSimpleDataSource();
      String url = System.getenv("TIDEMARK_JDBC_URL");
      if (url != null && !url.isBlank()) {
        admin.setURL(url);
        admin.setUser(System.getenv("TIDEMARK_JDBC_USER"));
        admin.setPassword(System.getenv("TIDEMARK_JDBC_PASSWORD"));
      } else {
        embedded = startEmbedded();
        admin.setURL(embedded.getJdbcUrl("postgres", "postgres"));
        admin.setUser("postgres");
      }
    }
    return admin;
  }

  /**
   * Stops the embedded server, if this JVM started one. {@link StopTestPostgres} calls it when the
   * test run ends, before the forked JVM exits: stopping it from a shutdown hook raced the JVM's
   * exit, and a slow shutdown checkpoint made Surefire kill the fork.
   */
  static synchronized void stop() throws IOException {
    if (embedded != null) {
      embedded.close();
      embedded = null;
      admin = null;
    }
  }

  private static EmbeddedPostgres startEmbedded() {
    try {
      // Durability buys tests nothing: without fsync, CREATE DATABASE and the shutdown checkpoint
      // take milliseconds instead of seconds on a busy disk.
      return EmbeddedPostgres.builder()
          .setServerConfig("fsync", "off")
          .setServerConfig("synchronous_commit", "off")
          .setServerConfig("full_page_writes", "off")
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
    }
  }
}
