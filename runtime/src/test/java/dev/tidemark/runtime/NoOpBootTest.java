package dev.tidemark.runtime;

import static dev.tidemark.runtime.schema.Column.column;
import static dev.tidemark.runtime.schema.PrimaryKey.primaryKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.runtime.testing.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** A boot with nothing to do, in a JVM of its own so that every class it loads is seen. */
class NoOpBootTest {

  @Test
  void aBootWithNothingToDoLoadsNoJacksonClass() throws IOException, InterruptedException {
    PGSimpleDataSource database = (PGSimpleDataSource) TestPostgres.freshDatabase();
    Boot.migrate(database);

    String javaHome = System.getProperty("java.home");
    Process boot = new ProcessBuilder(Path.of(javaHome, "bin", "java").toString(), "-verbose:class",
        "-cp", System.getProperty("java.class.path"), Boot.class.getName(), database.getURL(),
        database.getUser(), String.valueOf(database.getPassword()))
        .redirectErrorStream(true)
        .start();
    String output = new String(boot.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(boot.waitFor(60, TimeUnit.SECONDS), output);

    assertEquals(0, boot.exitValue(), output);
    assertTrue(output.contains("applied 0"), output);
    assertTrue(output.contains(Migrator.class.getName() + " "), "-verbose:class lists what was loaded");
    assertEquals(List.of(), output.lines().filter(line -> line.contains("com.fasterxml.jackson")).toList());
  }

  /** The boot, run in the other JVM: a catalog with a literal checksum, as generated ones have. */
  static final class Boot {

    private static final Migration CREATE_BOOK = new Migration() {
      @Override
      public Revision revision() {
        return Revision.frozen("0001_create_book", null, "create book", "checksum-of-0001");
      }

      @Override
      public void upgrade(Operations operations) {
        operations.createTable("book", column("id", "bigint").notNull(), primaryKey("book_pkey", "id"));
      }

      @Override
      public void downgrade(Operations operations) {
        operations.dropTable("book");
      }
    };

    private static final MigrationCatalog CATALOG = new MigrationCatalog() {
      @Override
      public String schema() {
        return "desk";
      }

      @Override
      public List<Migration> migrations() {
        return List.of(CREATE_BOOK);
      }
    };

    public static void main(String[] args) {
      PGSimpleDataSource database = new PGSimpleDataSource();
      database.setURL(args[0]);
      database.setUser(args[1]);
      database.setPassword("null".equals(args[2]) ? null : args[2]);
      System.out.println("applied " + migrate(database).applied().size());
    }

    static MigrationReport migrate(DataSource database) {
      return Migrator.builder(database).catalog(CATALOG).build().upgrade();
    }
  }
}
