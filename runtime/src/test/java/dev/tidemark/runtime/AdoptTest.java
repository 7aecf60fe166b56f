package dev.tidemark.runtime;

import static dev.tidemark.runtime.schema.CheckConstraint.check;
import static dev.tidemark.runtime.schema.Column.column;
import static dev.tidemark.runtime.schema.ForeignKey.foreignKey;
import static dev.tidemark.runtime.schema.Index.index;
import static dev.tidemark.runtime.schema.PrimaryKey.primaryKey;
import static dev.tidemark.runtime.schema.UniqueConstraint.unique;
import static dev.tidemark.runtime.testing.TestMigrations.catalog;
import static dev.tidemark.runtime.testing.TestMigrations.frozen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.runtime.testing.CatalogDump;
import dev.tidemark.runtime.testing.Sql;
import dev.tidemark.runtime.testing.TestPostgres;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** {@code adopt} on the three deployment cases: a fresh database, the whole schema, a half-built one. */
class AdoptTest {

  private static final String SCHEMA = "desk";

  private static final Migration CREATE_BOOK = frozen("0001_create_book", null,
      ops -> ops.createTable("book", column("id", "bigint").notNull(),
          column("code", "character varying(12)").notNull(), primaryKey("book_pkey", "id"),
          unique("book_code_key", "code")),
      ops -> ops.dropTable("book"));
  private static final Migration ADD_BOOK_LIMIT = frozen("0002_add_book_limit", "0001_create_book",
      ops -> ops.addColumn("book", column("risk_limit", "numeric(20,2)").defaultValue("0")),
      ops -> ops.dropColumn("book", "risk_limit"));
  private static final Migration CREATE_TRADER = frozen("0003_create_trader", "0002_add_book_limit",
      ops -> {
        ops.createTable("trader", column("id", "bigint").asIdentity(), column("book_id", "bigint"),
            column("name", "text").notNull(), primaryKey("trader_pkey", "id"));
        ops.addForeignKey("trader", foreignKey("trader_book_fk", "book_id").references("book", "id"));
        ops.createIndex("trader", index("trader_book_idx", "book_id"));
      },
      ops -> ops.dropTable("trader"));
  private static final MigrationCatalog CATALOG = catalog(SCHEMA, CREATE_BOOK, ADD_BOOK_LIMIT, CREATE_TRADER);

  private static final Migration CREATE_DESK = frozen("0001_create_desk", null,
      ops -> ops.createTable("desk", column("id", "bigint").notNull(),
          column("region", "character varying(8)").notNull(), primaryKey("desk_pkey", "id")),
      ops -> ops.dropTable("desk"));
  private static final Migration ADD_DESK_SEQUENCE_AND_CHECK = frozen("0002_desk_sequence_and_check",
      "0001_create_desk",
      ops -> {
        ops.createSequence("desk_seq", 1, 50);
        ops.addCheck("desk", check("desk_region_check", "region in ('EMEA', 'APAC')"));
      },
      ops -> {
        ops.dropConstraint("desk", "desk_region_check");
        ops.dropSequence("desk_seq");
      });
  private static final MigrationCatalog DESK_CATALOG = catalog(SCHEMA, CREATE_DESK, ADD_DESK_SEQUENCE_AND_CHECK);

  private final DataSource database = TestPostgres.freshDatabase();

  @Test
  void aFreshDatabaseIsUpgraded() {
    AdoptReport plan = migrator(database).planAdoption();
    assertEquals(AdoptReport.Outcome.WOULD_UPGRADE, plan.outcome());
    AdoptReport report = migrator(database).adopt();

    assertEquals(AdoptReport.Outcome.FRESH, report.outcome());
    assertEquals(3, report.upgrade().applied().size());
    assertEquals(upgradedCatalog(), CatalogDump.of(database, SCHEMA));
  }

  @Test
  void aDatabaseWithTheWholeSchemaOfARevisionIsStampedThere() {
    // Hand-written, columns in another order and constraints declared inline: the same catalog.
    Sql.execute(database, "create schema desk");
    Sql.execute(database, "create table desk.book (risk_limit numeric(20,2) default 0,"
        + " code varchar(12) not null unique, id bigint primary key)");
    Sql.execute(database, "insert into desk.book (id, code) values (1, 'FX')");

    AdoptReport plan = migrator(database).planAdoption();
    assertEquals(AdoptReport.Outcome.WOULD_STAMP, plan.outcome(), plan::summary);
    assertEquals(List.of(), Sql.tables(database, SCHEMA).stream().filter(t -> t.equals("tidemark_history")).toList());
    AdoptReport report = migrator(database).adopt();

    assertEquals(AdoptReport.Outcome.STAMPED, report.outcome(), report::summary);
    assertEquals("0002_add_book_limit", report.revision());
    assertEquals(List.of("0001_create_book t", "0002_add_book_limit t"),
        Sql.rows(database, "select revision, stamped from desk.tidemark_history order by installed_rank"));
    MigrationReport upgrade = migrator(database).upgrade();
    assertEquals(List.of("0003_create_trader"), upgrade.applied().stream().map(a -> a.revision().id()).toList());
    assertEquals(List.of("1 FX"), Sql.rows(database, "select id, code from desk.book"));
    assertTrue(migrator(database).verify().clean());
  }

  @Test
  void aHalfBuiltDatabaseIsBridgedWithoutTouchingWhatIsRight() {
    Sql.execute(database, "create schema desk");
    // Other names (pk_book, uq_book_code), another column order, risk_limit and trader missing,
    // trader_legacy and book.notes unknown to the model.
    Sql.execute(database, "create table desk.book (code varchar(12) not null, id bigint not null, notes text,"
        + " constraint pk_book primary key (id), constraint uq_book_code unique (code))");
    Sql.execute(database, "create table desk.trader_legacy (id integer primary key)");
    Sql.execute(database, "insert into desk.book (id, code, notes) values (1, 'FX', 'kept')");

    AdoptReport plan = migrator(database).planAdoption();
    assertEquals(AdoptReport.Outcome.WOULD_BRIDGE, plan.outcome());
    assertEquals(List.of("book", "trader_legacy"), Sql.tables(database, SCHEMA));
    AdoptReport report = migrator(database).adopt();

    assertEquals(AdoptReport.Outcome.BRIDGED, report.outcome(), report::summary);
    assertEquals(plan.bridge(), report.bridge());
    assertEquals("0003_create_trader", report.revision());
    assertTrue(report.bridge().contains(
        "alter table \"desk\".\"book\" rename constraint \"pk_book\" to \"book_pkey\""), report::summary);
    assertTrue(report.differences().stream().anyMatch(drift -> drift.kind() == Drift.Kind.MISSING_TABLE
        && drift.object().equals("trader")), report::summary);
    assertEquals(List.of("EXTRA_COLUMN book.notes", "EXTRA_TABLE trader_legacy"),
        report.leftAlone().stream().map(drift -> drift.kind() + " " + drift.object()).sorted().toList());
    assertEquals(List.of("1 FX kept 0.00"), Sql.rows(database, "select id, code, notes, risk_limit from desk.book"));
    assertEquals(List.of("3"), Sql.rows(database, "select count(*) from desk.tidemark_history where stamped"));
    List<String> withoutExtras = CatalogDump.of(database, SCHEMA).stream()
        .filter(line -> !line.contains("trader_legacy") && !line.contains("book.notes"))
        .toList();
    assertEquals(upgradedCatalog(), withoutExtras);
    assertEquals(List.of(Drift.Kind.EXTRA_TABLE, Drift.Kind.EXTRA_COLUMN),
        migrator(database).drift().differences().stream().map(Drift::kind).sorted().toList());
  }

  @Test
  void aMissingSequenceIsCreatedByTheBridge() {
    Sql.execute(database, "create schema desk");
    Sql.execute(database, "create table desk.desk (id bigint not null, region varchar(8) not null"
        + " constraint desk_region_check check (region in ('EMEA', 'APAC')), constraint pk_desk primary key (id))");

    AdoptReport report = deskMigrator(database).adopt();

    assertEquals(AdoptReport.Outcome.BRIDGED, report.outcome(), report::summary);
    assertTrue(report.bridge().contains("create sequence \"desk\".\"desk_seq\" start with 1 increment by 50"),
        report::summary);
    assertEquals(List.of(), report.leftAlone(), report::summary);
    assertEquals(List.of(), deskMigrator(database).drift().differences());
  }

  @Test
  void aCheckAddedByTheBridgeMatchesTheOneAnUpgradeCreates() {
    Sql.execute(database, "create schema desk");
    // The legacy check allows fewer values, on a column of another type.
    Sql.execute(database, "create table desk.desk (id bigint primary key, region text not null"
        + " constraint desk_region_check check (region in ('EMEA')))");
    Sql.execute(database, "create sequence desk.desk_seq increment by 50");

    AdoptReport report = deskMigrator(database).adopt();

    assertEquals(AdoptReport.Outcome.BRIDGED, report.outcome(), report::summary);
    assertEquals(List.of(), deskMigrator(database).drift().differences());
  }

  @Test
  void aCheckUnderAnotherNameIsRenamedAndMatches() {
    Sql.execute(database, "create schema desk");
    Sql.execute(database, "create table desk.desk (id bigint primary key, region varchar(8) not null"
        + " constraint legacy_region check (region in ('EMEA', 'APAC')))");
    Sql.execute(database, "create sequence desk.desk_seq increment by 50");

    AdoptReport report = deskMigrator(database).adopt();

    assertEquals(AdoptReport.Outcome.BRIDGED, report.outcome(), report::summary);
    assertEquals(List.of(), deskMigrator(database).drift().differences());
  }

  @Test
  void aUniqueIndexWhereTheModelHasAUniqueConstraintOfTheSameNameIsReplaced() {
    Sql.execute(database, "create schema desk");
    Sql.execute(database, "create table desk.book (id bigint primary key, code varchar(12) not null,"
        + " risk_limit numeric(20,2) default 0)");
    Sql.execute(database, "create unique index book_code_key on desk.book (code)");

    AdoptReport report = migrator(database).adopt();

    assertEquals(AdoptReport.Outcome.BRIDGED, report.outcome(), report::summary);
    assertEquals(List.of(), migrator(database).drift().differences());
  }

  @Test
  void aDatabaseIsBridgedToTheRevisionAskedForAndThenUpgraded() {
    Sql.execute(database, "create schema desk");
    Sql.execute(database, "create table desk.desk (id bigint not null, region varchar(8) not null,"
        + " constraint pk_desk primary key (id))");

    AdoptReport report = deskMigrator(database).adopt("0001_create_desk");

    assertEquals(AdoptReport.Outcome.BRIDGED, report.outcome(), report::summary);
    assertEquals("0001_create_desk", report.revision());
    assertEquals(List.of("0001_create_desk t"),
        Sql.rows(database, "select revision, stamped from desk.tidemark_history order by installed_rank"));
    MigrationReport upgrade = deskMigrator(database).upgrade();
    assertEquals(List.of("0002_desk_sequence_and_check"),
        upgrade.applied().stream().map(a -> a.revision().id()).toList());
    assertTrue(deskMigrator(database).verify().clean());
  }

  @Test
  void aDatabaseMatchingAnEarlierRevisionIsStampedAtTheRevisionAskedFor() {
    Sql.execute(database, "create schema desk");
    Sql.execute(database, "create table desk.desk (id bigint primary key, region varchar(8) not null)");

    AdoptReport report = deskMigrator(database).adopt("0001_create_desk");

    assertEquals(AdoptReport.Outcome.STAMPED, report.outcome(), report::summary);
    assertEquals("0001_create_desk", report.revision());
  }

  @Test
  void anUnknownTargetIsRefusedBeforeAnythingRuns() {
    Sql.execute(database, "create schema desk");
    Sql.execute(database, "create table desk.desk (id bigint primary key, region varchar(8) not null)");

    TidemarkException failure = assertThrows(TidemarkException.class,
        () -> deskMigrator(database).adopt("0009_nothing"));

    assertEquals(ErrorCode.UNKNOWN_REVISION, failure.code());
    assertEquals(List.of(), Sql.rows(database, "select tablename from pg_tables where tablename = 'tidemark_history'"));
  }

  @Test
  void aManagedDatabaseIsNotAdoptedAgain() {
    migrator(database).upgrade();

    TidemarkException failure = assertThrows(TidemarkException.class, () -> migrator(database).adopt());

    assertEquals(ErrorCode.ALREADY_MANAGED, failure.code());
  }

  private List<String> upgradedCatalog() {
    DataSource reference = TestPostgres.freshDatabase();
    migrator(reference).upgrade();
    return CatalogDump.of(reference, SCHEMA);
  }

  private static Migrator deskMigrator(DataSource dataSource) {
    return Migrator.builder(dataSource).catalog(DESK_CATALOG).build();
  }

  private static Migrator migrator(DataSource dataSource) {
    return Migrator.builder(dataSource).catalog(CATALOG).build();
  }
}
