package dev.tidemark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.cli.CliProcess.Result;
import dev.tidemark.cli.fixture.BooksCatalog;
import dev.tidemark.cli.fixture.DraftBooksCatalog;
import dev.tidemark.cli.fixture.V0001_CreateBooks;
import dev.tidemark.cli.fixture.V0002_AddBooksIsbn;
import dev.tidemark.cli.fixture.V0002_Draft;
import dev.tidemark.cli.fixture.V0003_CreateAuthors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each verb through the packaged jar, against a fresh embedded PostgreSQL database. */
class VerbsIT {

  private static final String SCHEMA = BooksCatalog.SCHEMA;
  private static final List<String> ALL = List.of(V0001_CreateBooks.ID, V0002_AddBooksIsbn.ID, V0003_CreateAuthors.ID);

  private final CliDatabase database = CliDatabase.fresh();

  @Test
  void upgradePrintsOneTimedLinePerRevisionAndReachesTheHead() {
    Result result = tidemark("upgrade");

    assertEquals(0, result.exitCode(), result::all);
    for (String revision : ALL) {
      assertTrue(Pattern.compile("(?m)^  applying  " + revision + " .* done in \\d+ ms$").matcher(result.out()).find(),
          result::out);
    }
    assertTrue(result.out().contains("applied 3 revision(s)"), result::out);
    assertTrue(result.out().contains("now at " + V0003_CreateAuthors.ID), result::out);
    assertEquals(ALL, database.history(SCHEMA));
    assertTrue(database.tableExists(SCHEMA, "authors"));

    Result again = tidemark("upgrade");
    assertEquals(0, again.exitCode(), again::all);
    assertTrue(again.out().contains("is up to date at " + V0003_CreateAuthors.ID), again::out);
  }

  @Test
  void upgradeStopsAtTheTargetAndStatusExitCodeReportsThePendingRest() {
    assertEquals(0, tidemark("upgrade", V0001_CreateBooks.ID).exitCode());
    assertEquals(List.of(V0001_CreateBooks.ID), database.history(SCHEMA));

    Result status = tidemark("status");
    assertEquals(0, status.exitCode(), status::all);
    assertTrue(status.out().contains("current: " + V0001_CreateBooks.ID), status::out);
    assertTrue(status.out().contains("pending: " + V0002_AddBooksIsbn.ID + ", " + V0003_CreateAuthors.ID),
        status::out);

    assertEquals(ExitCodes.PENDING, tidemark("status", "--exit-code").exitCode());
    tidemark("upgrade");
    assertEquals(ExitCodes.OK, tidemark("status", "--exit-code").exitCode());
  }

  @Test
  void downgradeRevertsRelativeStepsAndToTheBase() {
    tidemark("upgrade");

    Result oneBack = tidemark("downgrade", "-1");
    assertEquals(0, oneBack.exitCode(), oneBack::all);
    assertTrue(oneBack.out().contains("reverting " + V0003_CreateAuthors.ID), oneBack::out);
    assertTrue(oneBack.out().contains("now at " + V0002_AddBooksIsbn.ID), oneBack::out);
    assertFalse(database.tableExists(SCHEMA, "authors"));

    Result toBase = tidemark("downgrade", "base");
    assertEquals(0, toBase.exitCode(), toBase::all);
    assertTrue(toBase.out().contains("reverted 2 revision(s)"), toBase::out);
    assertTrue(toBase.out().contains("now at base"), toBase::out);
    assertFalse(database.tableExists(SCHEMA, "books"));
    assertEquals(List.of(), database.history(SCHEMA));
  }

  @Test
  void stampRecordsWithoutRunning() {
    Result stamp = tidemark("stamp", V0002_AddBooksIsbn.ID);

    assertEquals(0, stamp.exitCode(), stamp::all);
    assertTrue(stamp.out().contains("stamped at " + V0002_AddBooksIsbn.ID), stamp::out);
    assertTrue(stamp.out().contains("recorded: " + V0001_CreateBooks.ID + ", " + V0002_AddBooksIsbn.ID), stamp::out);
    assertEquals(List.of(V0001_CreateBooks.ID, V0002_AddBooksIsbn.ID), database.history(SCHEMA));
    assertFalse(database.tableExists(SCHEMA, "books"));
  }

  @Test
  void historyListsTheAppliedRevisionsOldestFirst() {
    Result empty = tidemark("history");
    assertEquals(0, empty.exitCode(), empty::all);
    assertTrue(empty.out().contains("has no applied revision"), empty::out);

    tidemark("upgrade", V0002_AddBooksIsbn.ID);
    Result history = tidemark("history");

    assertEquals(0, history.exitCode(), history::all);
    String[] lines = history.out().split("\n");
    assertTrue(lines[0].contains("revision"), history::out);
    assertTrue(lines[1].contains(V0001_CreateBooks.ID) && lines[1].contains("create books"), history::out);
    assertTrue(lines[2].contains(V0002_AddBooksIsbn.ID), history::out);
  }

  @Test
  void sqlScriptsARangeOfflineInEitherDirection() {
    Result upgrade = new CliProcess().run("sql", "--classpath", Classpaths.BOOKS,
        V0001_CreateBooks.ID + ":" + V0003_CreateAuthors.ID);

    assertEquals(0, upgrade.exitCode(), upgrade::all);
    assertTrue(upgrade.out().startsWith("-- Tidemark: upgrade of schema cli_books from " + V0001_CreateBooks.ID),
        upgrade::out);
    assertTrue(upgrade.out().contains("alter table \"cli_books\".\"books\" add column \"isbn\""), upgrade::out);
    assertTrue(upgrade.out().contains("create table \"cli_books\".\"authors\""), upgrade::out);
    assertFalse(upgrade.out().contains("create table \"cli_books\".\"books\""), upgrade::out);

    Result downgrade = new CliProcess().run("sql", "--classpath", Classpaths.BOOKS, "head:base");
    assertEquals(0, downgrade.exitCode(), downgrade::all);
    assertTrue(downgrade.out().contains("downgrade of schema cli_books"), downgrade::out);
    assertTrue(downgrade.out().contains("drop table \"cli_books\".\"books\""), downgrade::out);
  }

  @Test
  void theConnectionMayComeFromTheJdbcVariablesTheCliVariablesFirst() {
    CliProcess jdbcOnly = new CliProcess().env(ConnectionOptions.JDBC_URL_VARIABLE, database.url())
        .env(ConnectionOptions.JDBC_USER_VARIABLE, database.user());
    if (database.password() != null) {
      jdbcOnly.env(ConnectionOptions.JDBC_PASSWORD_VARIABLE, database.password());
    }
    Result fromJdbc = jdbcOnly.run("upgrade", "--classpath", Classpaths.BOOKS);
    assertEquals(0, fromJdbc.exitCode(), fromJdbc::all);
    assertTrue(database.tableExists("cli_books", "authors"));

    Result cliFirst = new CliProcess().env("TIDEMARK_URL", database.url() + "_missing")
        .env(ConnectionOptions.JDBC_URL_VARIABLE, database.url())
        .env(ConnectionOptions.JDBC_USER_VARIABLE, database.user())
        .run("status", "--classpath", Classpaths.BOOKS);
    assertEquals(ExitCodes.FAILURE, cliFirst.exitCode(), cliFirst::all);
    assertTrue(cliFirst.err().contains("does not exist"), cliFirst::err);

    Result optionFirst = new CliProcess().env("TIDEMARK_URL", database.url() + "_missing")
        .env(ConnectionOptions.JDBC_USER_VARIABLE, database.user())
        .env(ConnectionOptions.JDBC_PASSWORD_VARIABLE, database.password() == null ? "" : database.password())
        .run("status", "--classpath", Classpaths.BOOKS, "--url", database.url());
    assertEquals(0, optionFirst.exitCode(), optionFirst::all);
  }

  @Test
  void sqlRendersUnderTheSafetyPolicyGiven() {
    Result basic = new CliProcess().run("sql", "--classpath", Classpaths.BOOKS);
    Result enhanced = new CliProcess().run("sql", "--classpath", Classpaths.BOOKS, "--safety", "enhanced");

    assertEquals(0, enhanced.exitCode(), enhanced::all);
    assertFalse(basic.out().contains("lock_timeout"), basic::out);
    assertTrue(enhanced.out().contains("set local lock_timeout = "), enhanced::out);

    Result bad = new CliProcess().run("sql", "--classpath", Classpaths.BOOKS, "--safety", "lax");
    assertEquals(ExitCodes.USAGE, bad.exitCode(), bad::all);
    assertTrue(bad.err().contains("--safety") && bad.err().contains("basic, enhanced or strict"), bad::err);
  }

  @Test
  void sqlWritesTheScriptToAFile(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("scripts/upgrade.sql");

    Result written = new CliProcess().run("sql", "--classpath", Classpaths.BOOKS, "--output", file.toString());

    assertEquals(0, written.exitCode(), written::all);
    assertTrue(written.out().contains("(3 revision(s)) to " + file), written::out);
    assertTrue(Files.readString(file).startsWith("-- Tidemark: upgrade of schema cli_books from base"));
  }

  @Test
  void verifyTellsCleanPendingAndDriftApart() {
    tidemark("upgrade");
    assertEquals(ExitCodes.OK, tidemark("verify").exitCode());

    tidemark("downgrade", "-1");
    Result pending = tidemark("verify");
    assertEquals(ExitCodes.PENDING, pending.exitCode(), pending::all);
    assertTrue(pending.out().contains("pending: " + V0003_CreateAuthors.ID), pending::out);

    database.execute("alter table cli_books.books add column shelf text");
    Result drift = tidemark("verify");
    assertEquals(ExitCodes.DRIFT, drift.exitCode(), drift::all);
    assertTrue(drift.out().contains("EXTRA_COLUMN books.shelf"), drift::out);
  }

  @Test
  void adoptStampsADatabaseThatMatchesARevision() {
    database.execute("create schema cli_books");
    database.execute("create table cli_books.books (id bigint not null, title character varying(200) not null,"
        + " constraint books_pkey primary key (id))");

    Result adopt = tidemark("adopt");

    assertEquals(0, adopt.exitCode(), adopt::all);
    assertTrue(adopt.out().contains("matches revision " + V0001_CreateBooks.ID), adopt::out);
    assertEquals(List.of(V0001_CreateBooks.ID), database.history(SCHEMA));

    Result again = tidemark("adopt");
    assertEquals(ExitCodes.FAILURE, again.exitCode(), again::all);
    assertTrue(again.err().contains("ALREADY_MANAGED"), again::err);
  }

  @Test
  void adoptUpgradesAnEmptyDatabase() {
    Result adopt = tidemark("adopt");

    assertEquals(0, adopt.exitCode(), adopt::all);
    assertTrue(adopt.out().contains("empty, upgraded to " + V0003_CreateAuthors.ID), adopt::out);
    assertEquals(ALL, database.history(SCHEMA));
  }

  @Test
  void theConnectionMayComeFromTheEnvironment() {
    Result status = database.cli().env("TIDEMARK_URL", database.url()).env("TIDEMARK_USER", database.user())
        .run("status", "--classpath", Classpaths.BOOKS);

    assertEquals(0, status.exitCode(), status::all);
    assertTrue(status.out().contains("current: base"), status::out);
  }

  @Test
  void repairRevertsAnAppliedDraftThisBuildDoesNotCarry(@TempDir Path registration) throws IOException {
    Result applied = database.cli().run(database.arguments(Classpaths.withDraftCatalog(registration), "upgrade",
        "--schema", DraftBooksCatalog.SCHEMA, "--dev"));
    assertEquals(0, applied.exitCode(), applied::all);
    assertTrue(database.columnExists(DraftBooksCatalog.SCHEMA, "books", "shelf"));

    // The books catalog on the same schema plays the branch the developer switched to: no draft there.
    Result dryRun = tidemark("repair", "--managed-schema", DraftBooksCatalog.SCHEMA, "--dry-run");
    assertEquals(0, dryRun.exitCode(), dryRun::all);
    assertTrue(dryRun.out().contains("revert and remove from the history: " + V0002_Draft.ID), dryRun::out);
    assertEquals(List.of(V0001_CreateBooks.ID, V0002_Draft.ID), database.history(DraftBooksCatalog.SCHEMA));

    Result repair = tidemark("repair", "--managed-schema", DraftBooksCatalog.SCHEMA);
    assertEquals(0, repair.exitCode(), repair::all);
    assertTrue(repair.out().contains("reverted:  " + V0002_Draft.ID), repair::out);
    assertFalse(database.columnExists(DraftBooksCatalog.SCHEMA, "books", "shelf"));
    assertEquals(List.of(V0001_CreateBooks.ID), database.history(DraftBooksCatalog.SCHEMA));
  }

  @Test
  void aRealGeneratedCatalogIsChosenBySchemaAndMigratedUnderAnotherName() {
    Result several = database.cli().run(database.arguments(Classpaths.both(), "status"));
    assertEquals(ExitCodes.USAGE, several.exitCode(), several::all);
    assertTrue(several.err().contains("several schemas (cli_books, prop_trading_model)"), several::err);

    Result result = database.cli().run(database.arguments(Classpaths.both(), "upgrade",
        "--schema", "prop_trading_model", "--managed-schema", "trading_blue"));

    assertEquals(0, result.exitCode(), result::all);
    assertTrue(result.out().contains("applying  0001_initial"), result::out);
    assertTrue(database.tableExists("trading_blue", "trades"));
    assertFalse(database.tableExists("prop_trading_model", "trades"));
  }

  private Result tidemark(String verb, String... rest) {
    return database.tidemark(verb, rest);
  }
}
