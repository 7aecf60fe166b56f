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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --dry-run} prints what would run, and the database is exactly as it was. */
class DryRunIT {

  private static final String SCHEMA = BooksCatalog.SCHEMA;

  private final CliDatabase database = CliDatabase.fresh();

  @Test
  void upgradePrintsThePendingRevisionsSqlOnly() {
    database.tidemark("upgrade", V0001_CreateBooks.ID);
    List<String> before = database.catalog();

    Result dryRun = database.tidemark("upgrade", "--dry-run");

    assertEquals(0, dryRun.exitCode(), dryRun::all);
    assertTrue(dryRun.out().startsWith("-- dry run: upgrade would run the following; nothing was changed"),
        dryRun::out);
    assertTrue(dryRun.out().contains("add column \"isbn\""), dryRun::out);
    assertTrue(dryRun.out().contains("create table \"cli_books\".\"authors\""), dryRun::out);
    assertFalse(dryRun.out().contains("create table \"cli_books\".\"books\""), dryRun::out);
    assertEquals(before, database.catalog());
    assertEquals(List.of(V0001_CreateBooks.ID), database.history(SCHEMA));
  }

  @Test
  void upgradeOfAFreshDatabaseCreatesNotEvenTheSchema() {
    List<String> before = database.catalog();

    Result dryRun = database.tidemark("upgrade", "--dry-run");

    assertEquals(0, dryRun.exitCode(), dryRun::all);
    assertTrue(dryRun.out().contains("create table \"cli_books\".\"books\""), dryRun::out);
    assertEquals(before, database.catalog());
  }

  @Test
  void upgradeWithNothingPendingSaysSo() {
    database.tidemark("upgrade");

    Result dryRun = database.tidemark("upgrade", "--dry-run");

    assertEquals(0, dryRun.exitCode(), dryRun::all);
    assertTrue(dryRun.out().contains("would apply nothing"), dryRun::out);
  }

  @Test
  void upgradeRefusesADraftOutsideDevModeAsTheUpgradeDoes(@TempDir Path registration) throws IOException {
    List<String> dryRun = database.arguments(Classpaths.withDraftCatalog(registration), "upgrade",
        "--schema", DraftBooksCatalog.SCHEMA, "--dry-run");

    Result refused = database.cli().run(dryRun);
    assertEquals(ExitCodes.FAILURE, refused.exitCode(), refused::all);
    assertTrue(refused.err().contains("[DRAFT_REFUSED]"), refused::err);

    List<String> inDevMode = new ArrayList<>(dryRun);
    inDevMode.add("--dev");
    Result planned = database.cli().run(inDevMode);
    assertEquals(0, planned.exitCode(), planned::all);
    assertTrue(planned.out().contains("-- " + V0002_Draft.ID + ": add column books.shelf"), planned::out);
    assertFalse(database.tableExists(DraftBooksCatalog.SCHEMA, "books"));
  }

  @Test
  void downgradePrintsTheRevertOnly() {
    database.tidemark("upgrade");
    List<String> before = database.catalog();

    Result dryRun = database.tidemark("downgrade", "-1", "--dry-run");

    assertEquals(0, dryRun.exitCode(), dryRun::all);
    assertTrue(dryRun.out().startsWith("-- dry run: downgrade would run"), dryRun::out);
    assertTrue(dryRun.out().contains("drop table \"cli_books\".\"authors\""), dryRun::out);
    assertFalse(dryRun.out().contains("drop column"), dryRun::out);
    assertEquals(before, database.catalog());
    assertEquals(3, database.history(SCHEMA).size());
  }

  @Test
  void stampNamesTheHistoryRowsAndWritesNone() {
    Result dryRun = database.tidemark("stamp", V0002_AddBooksIsbn.ID, "--dry-run");

    assertEquals(0, dryRun.exitCode(), dryRun::all);
    assertTrue(dryRun.out().contains("record as applied: " + V0001_CreateBooks.ID + ", " + V0002_AddBooksIsbn.ID),
        dryRun::out);
    assertTrue(dryRun.out().contains("remove from the history: nothing"), dryRun::out);
    assertEquals(List.of(), database.history(SCHEMA));
    assertFalse(database.tableExists(SCHEMA, "tidemark_history"));
  }

  @Test
  void adoptPrintsTheBridgeOfAHalfBuiltDatabase() {
    database.execute("create schema cli_books");
    database.execute("create table cli_books.books (id bigint not null, title character varying(200) not null,"
        + " constraint books_pkey primary key (id))");
    database.execute("create table cli_books.authors (id bigint not null, name character varying(100) not null,"
        + " constraint authors_pkey primary key (id))");
    List<String> before = database.catalog();

    Result dryRun = database.tidemark("adopt", "--dry-run");

    assertEquals(0, dryRun.exitCode(), dryRun::all);
    assertTrue(dryRun.out().contains("adopt would bridge schema cli_books to revision " + V0003_CreateAuthors.ID),
        dryRun::out);
    assertTrue(dryRun.out().contains("add column \"isbn\" character varying(13);"), dryRun::out);
    assertEquals(before, database.catalog());
    assertFalse(database.columnExists(SCHEMA, "books", "isbn"));
  }

  @Test
  void adoptOfAnEmptyDatabasePrintsTheUpgrade() {
    List<String> before = database.catalog();

    Result dryRun = database.tidemark("adopt", "--dry-run");

    assertEquals(0, dryRun.exitCode(), dryRun::all);
    assertTrue(dryRun.out().contains("is empty; adopt would upgrade it to " + V0003_CreateAuthors.ID), dryRun::out);
    assertTrue(dryRun.out().contains("create table \"cli_books\".\"books\""), dryRun::out);
    assertEquals(before, database.catalog());
  }
}
