package dev.tidemark.runtime;

import static dev.tidemark.runtime.schema.CheckConstraint.check;
import static dev.tidemark.runtime.schema.Column.column;
import static dev.tidemark.runtime.schema.PrimaryKey.primaryKey;
import static dev.tidemark.runtime.testing.TestMigrations.catalog;
import static dev.tidemark.runtime.testing.TestMigrations.frozen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.testing.Sql;
import dev.tidemark.runtime.testing.TestPostgres;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The public way to read a live schema and compare two of them. */
class ReadSchemaTest {

  private static final MigrationCatalog CATALOG = catalog("desk", frozen("0001_create_desk", null,
      ops -> ops.createTable("desk", column("id", "bigint").notNull(), column("region", "character varying(8)"),
          primaryKey("desk_pkey", "id"), check("desk_region_check", "region in ('EMEA', 'APAC')")),
      ops -> ops.dropTable("desk")));

  @Test
  void twoDatabasesBuiltTheSameWayCompareEqualAndAChangeIsNamed() {
    DataSource upgraded = TestPostgres.freshDatabase();
    DataSource handWritten = TestPostgres.freshDatabase();
    migrator(upgraded).upgrade();
    Sql.execute(handWritten, "create schema desk");
    Sql.execute(handWritten, "create table desk.desk (id bigint primary key, region varchar(8)"
        + " constraint desk_region_check check (region in ('EMEA', 'APAC')), notes text)");

    Schema expected = migrator(upgraded).readSchema();
    Schema actual = Tidemark.readSchema(handWritten, "desk");

    assertEquals(List.of("desk"), expected.tables().stream().map(table -> table.name()).toList(),
        "the history table is not part of the schema");
    DriftReport report = DriftReport.compare(expected, actual);
    assertEquals(List.of("EXTRA_COLUMN desk.notes: found notes text"),
        report.differences().stream().map(Drift::describe).toList());
    Sql.execute(handWritten, "alter table desk.desk drop column notes");
    assertTrue(DriftReport.compare(expected, Tidemark.readSchema(handWritten, "desk")).clean());
  }

  private static Migrator migrator(DataSource dataSource) {
    return Migrator.builder(dataSource).catalog(CATALOG).build();
  }
}
