package dev.tidemark.samples;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database the sample runs on: the server at {@code TIDEMARK_JDBC_URL} (with
 * {@code TIDEMARK_JDBC_USER} and {@code TIDEMARK_JDBC_PASSWORD}), or else an embedded PostgreSQL 17
 * whose data directory survives between runs, so a second run finds the schema already migrated.
 */
final class LocalDatabase implements AutoCloseable {

  private final DataSource dataSource;
  private final EmbeddedPostgres embedded;
  private final String description;

  private LocalDatabase(DataSource dataSource, EmbeddedPostgres embedded, String description) {
    this.dataSource = dataSource;
    this.embedded = embedded;
    this.description = description;
  }

  static LocalDatabase start(Path dataDirectory) throws IOException {
    String url = System.getenv("TIDEMARK_JDBC_URL");
    if (url != null && !url.isBlank()) {
      PGSimpleDataSource server = new PGSimpleDataSource();
      server.setURL(url);
      server.setUser(System.getenv("TIDEMARK_JDBC_USER"));
      server.setPassword(System.getenv("TIDEMARK_JDBC_PASSWORD"));
      return new LocalDatabase(server, null, "PostgreSQL at " + url.replaceAll("password=[^&]*", "password=***"));
    }
    EmbeddedPostgres embedded = EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .start();
    return new LocalDatabase(embedded.getPostgresDatabase(), embedded,
        "embedded PostgreSQL on port " + embedded.getPort() + ", data in " + dataDirectory);
  }

  DataSource dataSource() {
    return dataSource;
  }

  String description() {
    return description;
  }

  @Override
  public void close() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
  }
}
