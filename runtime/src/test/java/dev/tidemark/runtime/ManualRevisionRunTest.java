package dev.tidemark.runtime;

import static dev.tidemark.runtime.schema.Column.column;
import static dev.tidemark.runtime.schema.PrimaryKey.primaryKey;
import static dev.tidemark.runtime.testing.TestMigrations.catalog;
import static dev.tidemark.runtime.testing.TestMigrations.draft;
import static dev.tidemark.runtime.testing.TestMigrations.frozen;
import static dev.tidemark.runtime.testing.TestMigrations.manual;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.runtime.testing.Sql;
import dev.tidemark.runtime.testing.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Manual revisions as they run: search path, context, frozen drafts, and {@code repair} after a branch switch. */
class ManualRevisionRunTest {

  private static final String SCHEMA = "desk";

  private static final Migration CREATE_BOOK = frozen("0001_create_book", null,
      ops -> ops.createTable("book", column("id", "bigint").notNull(), column("code", "text"),
          primaryKey("book_pkey", "id")),
      ops -> ops.dropTable("book"));

  private final DataSource database = TestPostgres.freshDatabase();

  @Test
  void aManualRevisionSeesTheManagedSchemaFirstOnItsSearchPathAndInItsContext() throws SQLException {
    List<String> seen = new ArrayList<>();
    Migration seed = manual("0002_seed_books", "0001_create_book", false,
        connection -> {
          connection.createStatement().execute("insert into book (id, code) values (1, 'FX')");
          MigrationContext context = MigrationContext.of(connection);
          seen.add(context.schema() + " " + context.revision().id());
          connection.createStatement().execute("insert into " + context.qualify("book") + " values (2, 'EQ')");
        },
        connection -> connection.createStatement().execute("delete from book"));

    Migrator.builder(database).catalog(catalog(SCHEMA, CREATE_BOOK, seed)).schema("desk_blue").build().upgrade();

    assertEquals(List.of("desk_blue 0002_seed_books"), seen);
    assertEquals(List.of("1 FX", "2 EQ"), Sql.rows(database, "select id, code from desk_blue.book order by id"));
    assertEquals(List.of(), Sql.tables(database, SCHEMA));
    try (Connection unrelated = database.getConnection()) {
      IllegalStateException outside = assertThrows(IllegalStateException.class, () -> MigrationContext.of(unrelated));
      assertTrue(outside.getMessage().contains("manual revision"), outside.getMessage());
    }
  }

  @Test
  void aManualDraftFrozenAfterItWasAppliedLosesItsDraftMark() {
    JdbcAction insert = connection -> connection.createStatement().execute("insert into book values (1, 'FX')");
    JdbcAction delete = connection -> connection.createStatement().execute("delete from book");
    Migration asDraft = manual("0002_seed_books", "0001_create_book", true, insert, delete);
    Migration asFrozen = manual("0002_seed_books", "0001_create_book", false, insert, delete);
    Migrator.builder(database).catalog(catalog(SCHEMA, CREATE_BOOK, asDraft)).devMode(true).build().upgrade();
    assertEquals(List.of("t"), Sql.rows(database, "select draft from desk.tidemark_history where revision like '0002%'"));

    MigrationReport report =
        Migrator.builder(database).catalog(catalog(SCHEMA, CREATE_BOOK, asFrozen)).devMode(true).build().upgrade();

    assertEquals(List.of(), report.applied());
    assertEquals(List.of("f"), Sql.rows(database, "select draft from desk.tidemark_history where revision like '0002%'"));
    assertEquals(List.of("1"), Sql.rows(database, "select count(*) from desk.book"));
  }

  @Test
  void repairRevertsWhatItCanAndForgetsManualDraftsThisBuildLacks() {
    Migration entityDraft = draft("0002_draft", "0001_create_book",
        ops -> ops.addColumn("book", column("desk", "text")), ops -> ops.dropColumn("book", "desk"));
    Migration manualDraft = manual("0003_seed_books", "0002_draft", true,
        connection -> connection.createStatement().execute("insert into book (id, code) values (1, 'FX')"),
        connection -> connection.createStatement().execute("delete from book"));
    Migrator.builder(database).catalog(catalog(SCHEMA, CREATE_BOOK, entityDraft, manualDraft)).devMode(true).build()
        .upgrade();
    // The developer switches to a branch that has neither draft.
    Migrator otherBranch = Migrator.builder(database).catalog(catalog(SCHEMA, CREATE_BOOK)).devMode(true).build();

    TidemarkException stuck = assertThrows(TidemarkException.class, otherBranch::upgrade);
    assertEquals(ErrorCode.DIVERGED_HISTORY, stuck.code());
    assertTrue(stuck.getMessage().contains("Migrator.repair()"), stuck.getMessage());
    RepairReport repair = otherBranch.repair();

    assertEquals(List.of("0002_draft"), repair.reverted());
    assertEquals(List.of("0003_seed_books"), repair.forgotten());
    assertEquals(List.of("0001_create_book"), Sql.rows(database, "select revision from desk.tidemark_history"));
    assertEquals(List.of("id bigint not null", "code text null"), Sql.columns(database, SCHEMA, "book"));
    assertEquals(List.of("1 FX"), Sql.rows(database, "select id, code from desk.book"));
    assertTrue(otherBranch.upgrade().upToDate());
  }
}
