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

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(names = "--url", paramLabel = "<jdbc-url>", defaultValue = "${env:TIDEMARK_URL}",
      description = "JDBC URL of the database, jdbc:postgresql://host:port/database (env TIDEMARK_URL).")
  private String url;

  @Option(names = {"-u", "--user"}, defaultValue = "${env:TIDEMARK_USER}",
      description = "Database user (env TIDEMARK_USER).")
  private String user;

  @Option(names = "--password", arity = "1",
      description = "Database password. Prefer the environment variable " + PASSWORD_VARIABLE + ": an option"
          + " shows in the process list. Without either, it is asked for when a terminal is attached.")
  private String password;

  /** The database, checked for a URL before anything connects. */
  DataSource dataSource() {
    if (url == null || url.isBlank()) {
      throw new ParameterException(mixee.commandLine(), "Missing --url (or the environment variable TIDEMARK_URL)");
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
    if (user != null && !user.isBlank()) {
      dataSource.setUser(user);
    }
    String resolved = resolvePassword();
    if (resolved != null) {
      dataSource.setPassword(resolved);
    }
    return dataSource;
  }

  private String resolvePassword() {
    if (password != null) {
      return password;
    }
    String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
    if (fromEnvironment != null) {
      return fromEnvironment;
    }
    Console console = System.console();
    if (console == null) {
      return null;
    }
    char[] typed = console.readPassword("Password for %s: ", user == null ? "the database" : user);
    return typed == null || typed.length == 0 ? null : new String(typed);
  }
}
