package dev.tidemark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.cli.CliProcess.Result;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help, bad usage and colour, as a shell or a pipeline sees them. */
class ConsoleIT {

  private static final String ESCAPE = "\u001B[";
  private static final List<String> VERBS =
      List.of("upgrade", "downgrade", "stamp", "status", "history", "sql", "verify", "adopt", "repair");

  @Test
  void helpListsTheVerbsAndTheExitCodes() {
    Result help = new CliProcess().run("--help");

    assertEquals(0, help.exitCode(), help::all);
    VERBS.forEach(verb -> assertTrue(help.out().contains("  " + verb + " "), verb));
    assertTrue(help.out().contains("Exit codes:"), help::out);
    assertTrue(help.out().contains("4   status --exit-code, verify"), help::out);
  }

  @Test
  void everyVerbHasHelpWithItsOptionsAndTheExitCodes() {
    for (String verb : VERBS) {
      Result help = new CliProcess().run(verb, "--help");

      assertEquals(0, help.exitCode(), help::all);
      assertTrue(help.out().startsWith("Usage: tidemark " + verb), help::out);
      assertTrue(help.out().contains("--classpath"), help::out);
      assertTrue(help.out().contains("Exit codes:"), help::out);
      boolean changes = List.of("upgrade", "downgrade", "stamp", "adopt", "repair").contains(verb);
      assertEquals(changes, help.out().contains("--dry-run"), verb);
      boolean json = !verb.equals("sql");
      assertEquals(json, help.out().contains("--json"), verb);
    }
  }

  @Test
  void badUsageExitsWithTwoAndSaysWhy(@TempDir Path noCatalog) {
    CliDatabase database = CliDatabase.fresh();
    assertUsage(new CliProcess().run(), "Missing verb");
    assertUsage(new CliProcess().run("upgarde"), "Did you mean: tidemark upgrade");
    assertUsage(new CliProcess().run("status", "--url", database.url()), "Missing required option: '--classpath");
    assertUsage(new CliProcess().run("status", "--classpath", Classpaths.BOOKS), "Missing --url");
    assertUsage(new CliProcess().run("status", "--classpath", "/no/such.jar", "--url", database.url()),
        "--classpath entry /no/such.jar does not exist");
    assertUsage(new CliProcess().run("status", "--classpath", noCatalog.toString(), "--url", database.url()),
        "No generated migration catalog");
    assertUsage(new CliProcess().run("status", "--classpath", Classpaths.BOOKS, "--schema", "nope", "--url",
        database.url()), "No catalog for schema nope on --classpath; it has: cli_books");
    assertUsage(database.tidemark("upgrade", "--lock-timeout", "soon"), "'soon' is not a duration");
    assertUsage(database.tidemark("upgrade", "0009_nope"), "no revision 0009_nope");
    assertUsage(database.tidemark("downgrade", "-1", "--dry-run"), "goes below the base");
    assertEquals(List.of(), database.history("cli_books"));
  }

  @Test
  void pipedOutputHasNoEscapeCodes() {
    CliDatabase database = CliDatabase.fresh();
    List<Result> results = List.of(new CliProcess().run("--help"), new CliProcess().run("upgrade", "--help"),
        database.tidemark("upgrade"), database.tidemark("status"), database.tidemark("upgrade", "0009_nope"));

    for (Result result : results) {
      assertFalse(result.all().contains(ESCAPE), result::all);
    }
  }

  @Test
  void aTerminalGetsColour() {
    CliDatabase database = CliDatabase.fresh();
    // What picocli's Ansi.AUTO decides on a terminal, forced, since a test has none.
    Result upgrade = database.cli().jvmOption("-Dpicocli.ansi=true")
        .run(database.arguments(Classpaths.BOOKS, "upgrade"));

    assertEquals(0, upgrade.exitCode(), upgrade::all);
    assertTrue(upgrade.out().contains(ESCAPE), upgrade::out);
  }

  private static void assertUsage(Result result, String message) {
    assertEquals(ExitCodes.USAGE, result.exitCode(), result::all);
    assertTrue(result.err().contains(message), result::err);
  }
}
