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

import dev.tidemark.runtime.diff.RandomSchemas;
import dev.tidemark.runtime.diff.SchemaDiff;
import dev.tidemark.runtime.internal.catalog.CatalogReader;
import dev.tidemark.runtime.schema.CheckConstraint;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Table;
import dev.tidemark.runtime.testing.Sql;
import dev.tidemark.runtime.testing.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** {@code verify}: the live catalog against the snapshot expected at the database's revision. */
class VerifyTest {

  private static final String SCHEMA = "desk";

  private static final Migration CREATE_BOOK = frozen("0001_create_book", null,
      ops -> {
        ops.createSequence("book_seq", 1, 50);
        ops.createTable("book",
            column("id", "bigint").notNull(),
            column("code", "character varying(12)").notNull().defaultValue("'N/A'"),
            column("risk_limit", "numeric(20,2)"),
            column("region", "text"),
            primaryKey("book_pkey", "id"),
            unique("book_code_key", "code"),
            check("book_limit_check", "\"risk_limit\" >= 0"));
        ops.createIndex("book", index("book_limit_idx", "risk_limit desc"));
        ops.commentOnTable("book", "the desks' books");
      },
      ops -> {
        ops.dropTable("book");
        ops.dropSequence("book_seq");
      });
  private static final Migration CREATE_TRADER = frozen("0002_create_trader", "0001_create_book",
      ops -> {
        ops.createTable("trader", column("id", "bigint").asIdentity(), column("book_id", "bigint"),
            primaryKey("trader_pkey", "id"));
        ops.addForeignKey("trader", foreignKey("trader_book_fk", "book_id").references("book", "id"));
      },
      ops -> ops.dropTable("trader"));
  private static final MigrationCatalog CATALOG = catalog(SCHEMA, CREATE_BOOK, CREATE_TRADER);

  private final DataSource database = TestPostgres.freshDatabase();

  @Test
  void aFreshlyMigratedDatabaseHasNoDrift() {
    migrator().upgrade();

    DriftReport report = migrator().verify();

    assertTrue(report.clean(), report::summary);
    assertEquals("0002_create_trader", report.revision());
  }

  @Test
  void randomSchemasReadBackFromTheCatalogWithoutDrift() {
    for (long seed = 1; seed <= 25; seed++) {
      Schema model = new RandomSchemas(seed).schema(SCHEMA);
      Migration build = frozen("0001_build", null,
          ops -> SchemaDiff.between(Schema.empty(SCHEMA), model).forEach(ops::add),
          ops -> SchemaDiff.between(model, Schema.empty(SCHEMA)).forEach(ops::add));
      Migrator migrator = Migrator.builder(database).catalog(catalog(SCHEMA, build)).schema("random_" + seed).build();
      migrator.upgrade();

      DriftReport report = migrator.drift();

      assertTrue(report.clean(), "seed " + seed + ": " + report.summary());
    }
  }

  /** The reader against the model itself, not against another read: expressions aside, the same records. */
  @Test
  void catalogReaderReadsBackTheModelThatBuiltTheSchema() throws SQLException {
    for (long seed = 100; seed < 125; seed++) {
      Schema model = new RandomSchemas(seed).schema(SCHEMA);
      String built = "reader_" + seed;
      Migration build = frozen("0001_build", null,
          ops -> SchemaDiff.between(Schema.empty(SCHEMA), model).forEach(ops::add), ops -> {});
      Migrator.builder(database).catalog(catalog(SCHEMA, build)).schema(built).build().upgrade();

      Schema read;
      try (Connection connection = database.getConnection()) {
        read = new CatalogReader(connection, built, List.of("tidemark_history")).read();
      }

      assertEquals(withoutExpressions(model), withoutExpressions(new Schema(SCHEMA, read.tables(), read.sequences())),
          "seed " + seed);
    }
  }

  /** Checks and defaults as mere presence: the server prints their text its own way. */
  private static Schema withoutExpressions(Schema schema) {
    return new Schema(schema.name(), schema.tables().stream().map(table -> new Table(table.name(),
        table.columns().stream().map(column -> column.defaultValue(column.defaultValue() == null ? null : "?")).toList(),
        table.primaryKey(), table.uniques(),
        table.checks().stream().map(check -> new CheckConstraint(check.name(), "?")).toList(),
        table.foreignKeys(), table.indexes(), table.comment())).toList(), schema.sequences());
  }

  @Test
  void handMadeDriftIsReportedByKindAndName() {
    migrator().upgrade();
    List.of("drop index desk.book_limit_idx",
        "alter table desk.book alter column code type character varying(40)",
        "create table desk.scratch (x integer)",
        "alter table desk.book alter column code set default 'X'",
        "alter table desk.trader drop constraint trader_book_fk",
        "alter table desk.book drop column region",
        "alter table desk.book alter column risk_limit set not null",
        "alter table desk.trader add column notes text",
        "alter table desk.book drop constraint book_limit_check",
        "alter table desk.book drop constraint book_code_key",
        "alter table desk.book add constraint book_code_key unique (code, id)",
        "alter sequence desk.book_seq increment by 20",
        "create index trader_notes_idx on desk.trader (notes)",
        "comment on table desk.book is 'renamed by hand'").forEach(statement -> Sql.execute(database, statement));

    DriftReport report = migrator().drift();

    Map<String, String> found = new TreeMap<>();
    report.differences().forEach(drift -> found.put(drift.object(), drift.kind().name()));
    assertEquals(new TreeMap<>(Map.ofEntries(
        Map.entry("book_limit_idx", "MISSING_INDEX"),
        Map.entry("book.code", "COLUMN_DEFAULT"),
        Map.entry("scratch", "EXTRA_TABLE"),
        Map.entry("trader.trader_book_fk", "MISSING_FOREIGN_KEY"),
        Map.entry("book.region", "MISSING_COLUMN"),
        Map.entry("book.risk_limit", "COLUMN_NULLABILITY"),
        Map.entry("trader.notes", "EXTRA_COLUMN"),
        Map.entry("book.book_limit_check", "MISSING_CHECK"),
        Map.entry("book.book_code_key", "CHANGED_UNIQUE"),
        Map.entry("book_seq", "CHANGED_SEQUENCE"),
        Map.entry("trader_notes_idx", "EXTRA_INDEX"),
        Map.entry("book", "TABLE_COMMENT"))), found, report::summary);
    // book.code drifted twice: widened and given another default.
    assertEquals(List.of("book.code"), report.of(Drift.Kind.COLUMN_TYPE).stream().map(Drift::object).toList());
    assertEquals("character varying(40)", report.of(Drift.Kind.COLUMN_TYPE).get(0).actual());
    assertEquals(13, report.differences().size(), report::summary);

    TidemarkException failure = assertThrows(TidemarkException.class, () -> migrator().verify());
    assertEquals(ErrorCode.DRIFT, failure.code());
    assertTrue(failure.getMessage().contains("MISSING_FOREIGN_KEY trader.trader_book_fk"), failure.getMessage());
  }

  @Test
  void verifyLeavesNothingBehind() {
    migrator().upgrade();
    migrator().verify();

    assertEquals(List.of(), Sql.rows(database,
        "select nspname from pg_namespace where nspname like 'tidemark_expected%'"));
  }

  private Migrator migrator() {
    return Migrator.builder(database).catalog(CATALOG).build();
  }
}
