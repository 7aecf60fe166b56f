package dev.tidemark.samples.reverse;

import com.palantir.javapoet.JavaFile;
import dev.tidemark.runtime.Tidemark;
import dev.tidemark.samples.LocalDatabase;
import dev.tidemark.runtime.schema.Schema;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * For a team that only has SQL: JPA entities from an existing database or from a {@code schema.sql},
 * so it can move to model-first. A script is loaded into an embedded PostgreSQL first, so both are
 * read the same way, from PostgreSQL's catalog. Compiled with Tidemark's processor, the entities
 * give a first revision that builds the same schema.
 *
 * <pre>
 * ReverseEngineer (jdbc:postgresql://host/db | path/to/schema.sql) output-directory [--schema name] [--package name]
 * </pre>
 *
 * The database user and password come from {@code TIDEMARK_JDBC_USER} and
 * {@code TIDEMARK_JDBC_PASSWORD} (or the URL).
 */
public final class ReverseEngineer {

  static final String DEFAULT_PACKAGE = "com.example.entities";

  private ReverseEngineer() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2 || args.length % 2 != 0) {
      System.err.println("usage: ReverseEngineer (jdbc-url | schema.sql) output-directory"
          + " [--schema name] [--package name]");
      System.exit(2);
    }
    String source = args[0];
    Path output = Path.of(args[1]);
    String schemaName = null;
    String packageName = DEFAULT_PACKAGE;
    for (int i = 2; i < args.length; i += 2) {
      switch (args[i]) {
        case "--schema" -> schemaName = args[i + 1];
        case "--package" -> packageName = args[i + 1];
        default -> {
          System.err.println("unknown option " + args[i] + "; use --schema or --package");
          System.exit(2);
        }
      }
    }
    Schema schema;
    if (source.startsWith("jdbc:")) {
      PGSimpleDataSource database = new PGSimpleDataSource();
      database.setURL(source);
      if (System.getenv("TIDEMARK_JDBC_USER") != null) {
        database.setUser(System.getenv("TIDEMARK_JDBC_USER"));
        database.setPassword(System.getenv("TIDEMARK_JDBC_PASSWORD"));
      }
      System.out.println("Reading " + LocalDatabase.masked(source));
      schema = read(database, schemaName);
    } else {
      Path script = Path.of(source);
      System.out.println("Loading " + script + " into an embedded PostgreSQL");
      try (EmbeddedPostgres scratch = EmbeddedPostgres.builder().start()) {
        DataSource database = scratch.getPostgresDatabase();
        load(database, Files.readString(script, StandardCharsets.UTF_8));
        schema = read(database, schemaName);
      }
    }
    EntityGenerator.Result result = EntityGenerator.generate(schema, packageName);
    for (Path written : write(result, output)) {
      System.out.println("wrote " + written);
    }
    result.warnings().forEach(warning -> System.out.println("warning: " + warning));
    System.out.println("Schema " + schema.name() + ": " + schema.tables().size() + " table(s), "
        + schema.sequences().size() + " sequence(s) -> " + result.files().size() + " class(es) in " + packageName);
  }

  /** Runs a script as psql would; pgjdbc sends its statements one after another. */
  static void load(DataSource database, String script) throws SQLException {
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(script);
    }
  }

  /** The schema named {@code schemaName}, or the only one that has tables or sequences when it is null. */
  static Schema read(DataSource database, String schemaName) throws SQLException {
    if (schemaName != null) {
      return Tidemark.readSchema(database, schemaName);
    }
    try (Connection connection = database.getConnection()) {
      return Tidemark.readSchema(database, onlyUserSchema(connection));
    }
  }

  static List<Path> write(EntityGenerator.Result result, Path output) throws IOException {
    List<Path> written = new ArrayList<>();
    for (JavaFile file : result.files()) {
      written.add(file.writeToPath(output));
    }
    return written;
  }

  private static String onlyUserSchema(Connection connection) throws SQLException {
    List<String> schemas = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select n.nspname from pg_namespace n"
            + " where n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'"
            + " and exists (select 1 from pg_class c where c.relnamespace = n.oid and c.relkind in ('r', 'p', 'S'))"
            + " order by n.nspname")) {
      while (rows.next()) {
        schemas.add(rows.getString(1));
      }
    }
    if (schemas.size() != 1) {
      throw new IllegalArgumentException("the database has " + (schemas.isEmpty() ? "no schema with tables"
          : "several schemas with tables, " + schemas) + "; name one with --schema");
    }
    return schemas.get(0);
  }
}
