package dev.tidemark.cli;

import java.io.Console;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where the database is and who connects. The password is never an option's default value, so
 * help never shows it, and nothing here prints it or the URL.
 */
final class ConnectionOptions {

  static final String PASSWORD_VARIABLE = "TIDEMARK_PASSWORD";

  /** The names the Maven plugin, the samples and the tests read; each is used only when the CLI's own is unset. */
  static final String JDBC_URL_VARIABLE = "TIDEMARK_JDBC_URL";
  static final String JDBC_USER_VARIABLE = "TIDEMARK_JDBC_USER";
  static final String JDBC_PASSWORD_VARIABLE = "TIDEMARK_JDBC_PASSWORD";

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(names = "--url", paramLabel = "<jdbc-url>",
      description = "JDBC URL of the database, jdbc:postgresql://host:port/database"
          + " (env TIDEMARK_URL, else TIDEMARK_JDBC_URL).")
  private String url;

  @Option(names = {"-u", "--user"},
      description = "Database user (env TIDEMARK_USER, else TIDEMARK_JDBC_USER).")
  private String user;

  @Option(names = "--password", arity = "1",
      description = "Database password. Prefer the environment variable " + PASSWORD_VARIABLE + " (or "
          + JDBC_PASSWORD_VARIABLE + "): an option shows in the process list. Without either, it is asked for when a terminal is attached.")
  private String password;

  /** The database, checked for a URL before anything connects. */
  DataSource dataSource() {
    String url = firstOf(this.url, System.getenv("TIDEMARK_URL"), System.getenv(JDBC_URL_VARIABLE));
    String user = firstOf(this.user, System.getenv("TIDEMARK_USER"), System.getenv(JDBC_USER_VARIABLE));
    if (url == null) {
      throw new ParameterException(mixee.commandLine(),
          "Missing --url (or the environment variable TIDEMARK_URL or " + JDBC_URL_VARIABLE + ")");
    }
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    try {
      dataSource.setURL(url);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(mixee.commandLine(), "--url is not a PostgreSQL JDBC URL"
          + " (jdbc:postgresql://host:port/database)");
    }
    // The advisory lock's waiters log the holder's application name.
    dataSource.setApplicationName("tidemark-cli");
    if (user != null) {
      dataSource.setUser(user);
    }
    String resolved = resolvePassword(user);
    if (resolved != null) {
      dataSource.setPassword(resolved);
    }
    return dataSource;
  }

  /** The option, else {@code TIDEMARK_PASSWORD}, else {@code TIDEMARK_JDBC_PASSWORD}, else a prompt on a terminal. */
  private String resolvePassword(String user) {
    if (password != null) {
      return password;
    }
    for (String variable : new String[] {PASSWORD_VARIABLE, JDBC_PASSWORD_VARIABLE}) {
      String fromEnvironment = System.getenv(variable);
      if (fromEnvironment != null) {
        return fromEnvironment;
      }
    }
    Console console = System.console();
    if (console == null) {
      return null;
    }
    char[] typed = console.readPassword("Password for %s: ", user == null ? "the database" : user);
    return typed == null || typed.length == 0 ? null : new String(typed);
  }

  /** The first value that is set and not blank: the option, then the CLI's variable, then the JDBC one. */
  private static String firstOf(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}
