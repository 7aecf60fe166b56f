package dev.tidemark.runtime;

import static dev.tidemark.runtime.schema.Column.column;
import static dev.tidemark.runtime.schema.PrimaryKey.primaryKey;
import static dev.tidemark.runtime.testing.TestMigrations.catalog;
import static dev.tidemark.runtime.testing.TestMigrations.draft;
import static dev.tidemark.runtime.testing.TestMigrations.frozen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.runtime.testing.Sql;
import dev.tidemark.runtime.testing.TestPostgres;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The plan-only verbs say what the real verb would do, refuse what it refuses, and change nothing. */
class PlanVerbsTest {

  private static final String SCHEMA = "desk";

  private static final Migration CREATE_BOOK = frozen("0001_create_book", null,
      ops -> ops.createTable("book", column("id", "bigint").notNull(), primaryKey("book_pkey", "id")),
      ops -> ops.dropTable("book"));
  private static final Migration ADD_CODE = frozen("0002_add_code", "0001_create_book",
      ops -> ops.addColumn("book", column("code", "text")),
      ops -> ops.dropColumn("book", "code"));
  private static final Migration DRAFT_LIMIT = draft("0003_draft", "0002_add_code",
      ops -> ops.addColumn("book", column("risk_limit", "numeric(20,2)")),
      ops -> ops.dropColumn("book", "risk_limit"));
  private static final Migration DRAFT_LIMIT_CHANGED = draft("0003_draft", "0002_add_code",
      ops -> ops.addColumn("book", column("risk_limit", "numeric(30,2)")),
      ops -> ops.dropColumn("book", "risk_limit"));

  private final DataSource database = TestPostgres.freshDatabase();

  @Test
  void planUpgradeIsTheScriptOfWhatIsPendingAndChangesNothing() {
    migrator(catalog(SCHEMA, CREATE_BOOK, ADD_CODE), false).upgrade("0001_create_book");

    SqlScript plan = migrator(catalog(SCHEMA, CREATE_BOOK, ADD_CODE), false).planUpgrade("head");

    assertEquals(List.of("0002_add_code"), plan.revisions());
    assertEquals("0001_create_book", plan.from());
    assertTrue(plan.text().contains("add column \"code\""), plan.text());
    assertEquals(List.of("0001_create_book"), historyRevisions());
    assertTrue(migrator(catalog(SCHEMA, CREATE_BOOK), false).planUpgrade("head").empty());
  }

  @Test
  void planUpgradeRefusesDraftsOutsideDevModeAndShowsStaleDraftRevertsInDevMode() {
    MigrationCatalog withDraft = catalog(SCHEMA, CREATE_BOOK, ADD_CODE, DRAFT_LIMIT);
    TidemarkException refused = assertThrows(TidemarkException.class,
        () -> migrator(withDraft, false).planUpgrade("head"));
    assertEquals(ErrorCode.DRAFT_REFUSED, refused.code());
    assertEquals(ErrorCode.DRAFT_REFUSED,
        assertThrows(TidemarkException.class, () -> migrator(withDraft, false).sql()).code());

    migrator(withDraft, true).upgrade();
    SqlScript plan = migrator(catalog(SCHEMA, CREATE_BOOK, ADD_CODE, DRAFT_LIMIT_CHANGED), true).planUpgrade("head");

    assertEquals(List.of("0003_draft"), plan.revertedDrafts());
    assertEquals(List.of("0003_draft"), plan.revisions());
    assertTrue(plan.text().contains("revert stale draft 0003_draft"), plan.text());
    assertTrue(plan.text().contains("numeric(30,2)"), plan.text());
  }

  @Test
  void planDowngradeResolvesRelativeTargetsAndRefusesGoingForward() {
    MigrationCatalog two = catalog(SCHEMA, CREATE_BOOK, ADD_CODE);
    migrator(two, false).upgrade();

    SqlScript plan = migrator(two, false).planDowngrade("-1");

    assertFalse(plan.upgrade());
    assertEquals(List.of("0002_add_code"), plan.revisions());
    assertEquals(List.of("0001_create_book", "0002_add_code"), historyRevisions());
    migrator(two, false).downgrade("base");
    assertEquals(ErrorCode.UNKNOWN_REVISION, assertThrows(TidemarkException.class,
        () -> migrator(two, false).planDowngrade("0001_create_book")).code());
  }

  @Test
  void planStampAndPlanRepairListTheRowsTheyWouldChange() {
    MigrationCatalog two = catalog(SCHEMA, CREATE_BOOK, ADD_CODE);
    migrator(two, false).upgrade();

    StampReport stamp = migrator(two, false).planStamp("0001_create_book");
    assertEquals(List.of("0002_add_code"), stamp.removed());
    assertEquals(List.of(), stamp.recorded());

    migrator(catalog(SCHEMA, CREATE_BOOK, ADD_CODE, DRAFT_LIMIT), true).upgrade();
    RepairReport repair = migrator(two, false).planRepair();
    assertEquals(List.of("0003_draft"), repair.reverted());
    assertEquals(List.of("0001_create_book", "0002_add_code", "0003_draft"), historyRevisions());
  }

  private List<String> historyRevisions() {
    return Sql.rows(database, "select revision from desk.tidemark_history order by installed_rank");
  }

  private Migrator migrator(MigrationCatalog catalog, boolean devMode) {
    return Migrator.builder(database).catalog(catalog).devMode(devMode).build();
  }
}
