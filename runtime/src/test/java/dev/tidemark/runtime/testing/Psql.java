package dev.tidemark.runtime.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Runs a script with the real {@code psql} client, as a DBA would run Tidemark's offline SQL. */
public final class Psql {

  private static final String PSQL = System.getProperty("tidemark.psql", "/usr/bin/psql");

  private Psql() {}

  public static boolean available() {
    return Files.isExecutable(Path.of(PSQL));
  }

  /** Runs {@code script} with {@code ON_ERROR_STOP}; fails with psql's output if psql does. */
  public static String run(DataSource dataSource, String script) {
    PGSimpleDataSource database = (PGSimpleDataSource) dataSource;
    try {
      Path file = Files.createTempFile("tidemark", ".sql");
      Files.writeString(file, script);
      ProcessBuilder builder = new ProcessBuilder(List.of(PSQL, "-X", "-q", "-v", "ON_ERROR_STOP=1",
          "-h", database.getServerNames()[0], "-p", Integer.toString(database.getPortNumbers()[0]),
          "-U", database.getUser(), "-d", database.getDatabaseName(), "-f", file.toString()))
          .redirectErrorStream(true);
      if (database.getPassword() != null) {
        builder.environment().put("PGPASSWORD", database.getPassword());
      }
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new AssertionError("psql failed:\n" + output);
      }
      Files.delete(file);
      return output;
    } catch (IOException e) {
      throw new IllegalStateException("cannot run psql", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
