package dev.tidemark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.cli.CliProcess.Result;
import org.junit.jupiter.api.Test;

/** A password reaches the driver and nothing else: not stdout, not stderr, not even when connecting fails. */
class PasswordIT {

  private static final String PASSWORD = "Hunter2-never-print-me";

  private final CliDatabase database = CliDatabase.fresh();

  @Test
  void aFailingConnectionDoesNotPrintThePasswordOption() {
    Result result = new CliProcess().run("status", "--classpath", Classpaths.BOOKS,
        "--url", missingDatabase(), "--user", "postgres", "--password", PASSWORD);

    assertFailedWithoutPassword(result);
    assertTrue(result.err().contains("does not exist"), result::err);
  }

  @Test
  void aFailingConnectionDoesNotPrintThePasswordVariable() {
    Result result = new CliProcess().env(ConnectionOptions.PASSWORD_VARIABLE, PASSWORD)
        .run("upgrade", "--classpath", Classpaths.BOOKS, "--url", missingDatabase(), "--user", "postgres");

    assertFailedWithoutPassword(result);
  }

  @Test
  void anUnreachableServerDoesNotPrintThePassword() {
    Result result = new CliProcess().run("verify", "--classpath", Classpaths.BOOKS,
        "--url", "jdbc:postgresql://127.0.0.1:1/nothing", "--user", "postgres", "--password", PASSWORD);

    assertFailedWithoutPassword(result);
  }

  @Test
  void badUsageDoesNotPrintThePassword() {
    Result result = new CliProcess().run("status", "--password", PASSWORD, "--url", database.url());

    assertEquals(ExitCodes.USAGE, result.exitCode(), result::all);
    assertFalse(result.all().contains(PASSWORD), result::all);
  }

  private String missingDatabase() {
    return database.url() + "_missing";
  }

  private static void assertFailedWithoutPassword(Result result) {
    assertEquals(ExitCodes.FAILURE, result.exitCode(), result::all);
    assertFalse(result.err().isBlank(), "a failure says why");
    assertFalse(result.all().contains(PASSWORD), result::all);
  }
}
