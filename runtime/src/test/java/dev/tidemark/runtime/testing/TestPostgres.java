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
        EmbeddedPostgres embedded = startEmbedded();
        admin.setURL(embedded.getJdbcUrl("postgres", "postgres"));
        admin.setUser("postgres");
      }
    }
    return admin;
  }

  private static EmbeddedPostgres startEmbedded() {
    try {
      EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          embedded.close();
        } catch (IOException ignored) {
          // The JVM is exiting; the server's temporary directory goes with the next cleanup.
        }
      }));
      return embedded;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
    }
  }
}
