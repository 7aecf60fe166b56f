package dev.tidemark.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The embedded PostgreSQL 17 every tool runs against, on loopback, logging every statement it
 * receives with the client's {@code application_name} in front. Each measured call connects under
 * a name of its own, so the log tells how many statements that call sent.
 */
final class BenchServer implements AutoCloseable {

  private static final String LOG_FILE = "statements.log";
  /** What ends the application name at the start of each log line. */
  private static final String APPLICATION_END = "::";
  private static final Duration LOG_FLUSH_LIMIT = Duration.ofSeconds(10);

  private final EmbeddedPostgres postgres;
  private final Path logDirectory;
  private final AtomicInteger markers = new AtomicInteger();

  private BenchServer(EmbeddedPostgres postgres, Path logDirectory) {
    this.postgres = postgres;
    this.logDirectory = logDirectory;
  }

  static BenchServer start(Path directory) throws IOException {
    Path logDirectory = directory.resolve("log").toAbsolutePath();
    Files.createDirectories(logDirectory);
    EmbeddedPostgres postgres = EmbeddedPostgres.builder()
        .setDataDirectory(directory.resolve("data"))
        .setCleanDataDirectory(true)
        // Durability is not what is compared: with fsync on, a busy shared disk would decide every figure.
        .setServerConfig("fsync", "off")
        .setServerConfig("logging_collector", "on")
        .setServerConfig("log_directory", logDirectory.toString())
        .setServerConfig("log_filename", LOG_FILE)
        .setServerConfig("log_rotation_size", "0")
        .setServerConfig("log_statement", "all")
        // pg_ctl passes these through a shell: the prefix must hold no shell metacharacter.
        .setServerConfig("log_line_prefix", "%a" + APPLICATION_END)
        .start();
    return new BenchServer(postgres, logDirectory);
  }

  /** The JDBC URL of {@code database}. */
  String url(String database) {
    return postgres.getJdbcUrl("postgres", database);
  }

  /** A data source on {@code url} whose connections the statement log shows as {@code applicationName}. */
  static PGSimpleDataSource dataSource(String url, String applicationName) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    dataSource.setApplicationName(applicationName);
    return dataSource;
  }

  /** Creates an empty database with the schemas Flyway and Liquibase expect to find. */
  void createDatabase(String name, List<String> schemas) throws SQLException {
    execute("postgres", "create database " + name);
    for (String schema : schemas) {
      execute(name, "create schema " + schema);
    }
  }

  void execute(String database, String sql) throws SQLException {
    try (Connection connection = dataSource(url(database), "bench-harness").getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /**
   * The statements and connections of clients named {@code applicationName}. It first sends a marker query and
   * waits until the log shows it, so every statement sent before is in the file.
   */
  StatementCount statementsSentBy(String applicationName) throws SQLException, IOException {
    String marker = "bench-marker-" + markers.incrementAndGet();
    try (Connection connection = dataSource(url("postgres"), marker).getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("select 1");
    }
    Path log = logDirectory.resolve(LOG_FILE);
    long deadline = System.nanoTime() + LOG_FLUSH_LIMIT.toNanos();
    while (true) {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      if (lines.stream().anyMatch(line -> line.startsWith(marker + APPLICATION_END))) {
        return StatementCount.of(lines, applicationName, APPLICATION_END);
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the server log " + log + " did not show " + marker + " within " + LOG_FLUSH_LIMIT);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the server log", e);
      }
    }
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
