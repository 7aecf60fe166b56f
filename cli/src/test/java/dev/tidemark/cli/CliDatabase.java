package dev.tidemark.cli;

import dev.tidemark.runtime.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.ds.PGSimpleDataSource;

/** A fresh test database, as the command line reaches it (URL, user, password) and as a test reads it. */
final class CliDatabase {

  private final PGSimpleDataSource dataSource;

  private CliDatabase(PGSimpleDataSource dataSource) {
    this.dataSource = dataSource;
  }

  static CliDatabase fresh() {
    return new CliDatabase((PGSimpleDataSource) TestPostgres.freshDatabase());
  }

  String url() {
    return "jdbc:postgresql://" + dataSource.getServerNames()[0] + ":" + dataSource.getPortNumbers()[0] + "/"
        + dataSource.getDatabaseName();
  }

  String user() {
    return dataSource.getUser();
  }

  /** The server's password, or {@code null} when it needs none (the embedded one trusts local users). */
  String password() {
    return dataSource.getPassword();
  }

  /** The connection arguments; a server's password goes in the environment, as the README advises. */
  List<String> connection() {
    return List.of("--url", url(), "--user", user());
  }

  /** {@code tidemark <verb> --classpath <fixture> <connection> <rest>}, against this database. */
  CliProcess.Result tidemark(String verb, String... rest) {
    return cli().run(arguments(Classpaths.BOOKS, verb, rest));
  }

  /** {@code <verb> --classpath <classpath> <connection> <rest>}. */
  List<String> arguments(String classpath, String verb, String... rest) {
    List<String> args = new ArrayList<>(List.of(verb, "--classpath", classpath));
    args.addAll(connection());
    args.addAll(List.of(rest));
    return args;
  }

  CliProcess cli() {
    CliProcess cli = new CliProcess();
    if (password() != null) {
      cli.env(ConnectionOptions.PASSWORD_VARIABLE, password());
    }
    return cli;
  }

  boolean tableExists(String schema, String table) {
    return !query("select 1 from information_schema.tables where table_schema = '" + schema
        + "' and table_name = '" + table + "'").isEmpty();
  }

  boolean columnExists(String schema, String table, String column) {
    return !query("select 1 from information_schema.columns where table_schema = '" + schema
        + "' and table_name = '" + table + "' and column_name = '" + column + "'").isEmpty();
  }

  /** The history's revisions in order, or an empty list when there is no history table. */
  List<String> history(String schema) {
    if (!tableExists(schema, "tidemark_history")) {
      return List.of();
    }
    return query("select revision from \"" + schema + "\".tidemark_history order by installed_rank");
  }

  /** Every schema, table and column outside PostgreSQL's own, to show that nothing changed. */
  List<String> catalog() {
    return query("select schema_name from information_schema.schemata"
        + " union all select table_schema || '.' || table_name || '.' || column_name from information_schema.columns"
        + " where table_schema not in ('pg_catalog', 'information_schema') order by 1");
  }

  void execute(String sql) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private List<String> query(String sql) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
