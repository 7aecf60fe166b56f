package dev.tidemark.runtime;

import static dev.tidemark.runtime.schema.Column.column;
import static dev.tidemark.runtime.schema.ForeignKey.foreignKey;
import static dev.tidemark.runtime.schema.PrimaryKey.primaryKey;
import static dev.tidemark.runtime.testing.TestMigrations.frozen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.runtime.testing.Sql;
import dev.tidemark.runtime.testing.TestPostgres;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Foreign keys from one schema's chain into another's: the referenced schema is migrated first,
 * a schema migrated under another name takes the keys that reference it along, and verify reads
 * the keys that cross schemas.
 */
class CrossSchemaTest {

  /** "ref" sorts after "desk", so only the reference puts it first. */
  private static final MigrationCatalog REFERENCE = catalog("ref", Set.of(), frozen("0001_create_currency", null,
      ops -> ops.createTable("currency", column("code", "character(3)").notNull(), primaryKey("currency_pkey", "code")),
      ops -> ops.dropTable("currency")));
  private static final MigrationCatalog DESK = catalog("desk", Set.of("ref"), frozen("0001_create_book", null,
      ops -> {
        ops.createTable("book", column("id", "bigint").notNull(), column("currency_code", "character(3)"),
            primaryKey("book_pkey", "id"));
        ops.addForeignKey("book", foreignKey("book_currency_fk", "currency_code").referencesIn("ref", "currency", "code"));
      },
      ops -> ops.dropTable("book")));

  @Test
  void referencedSchemasAreMigratedFirstAndTheirKeysHold() {
    DataSource database = TestPostgres.freshDatabase();
    List<MigrationCatalog> ordered = Tidemark.inMigrationOrder(List.of(DESK, REFERENCE));
    assertEquals(List.of("ref", "desk"), ordered.stream().map(MigrationCatalog::schema).toList());
    ordered.forEach(catalog -> Migrator.builder(database).catalog(catalog).build().upgrade());

    assertEquals(List.of("FOREIGN KEY (currency_code) REFERENCES ref.currency(code)"), Sql.rows(database,
        "select pg_get_constraintdef(oid) from pg_constraint where conname = 'book_currency_fk'"));
    Migrator desk = Migrator.builder(database).catalog(DESK).build();
    assertTrue(desk.drift().differences().isEmpty(), () -> desk.drift().toString());

    Sql.execute(database, "alter table desk.book drop constraint book_currency_fk");
    assertEquals(List.of("MISSING_FOREIGN_KEY book.book_currency_fk"), desk.drift().differences().stream()
        .map(drift -> drift.kind() + " " + drift.object()).toList());
  }

  @Test
  void aSchemaMigratedUnderAnotherNameTakesTheKeysThatReferenceIt() {
    DataSource database = TestPostgres.freshDatabase();
    Migrator.builder(database).catalog(REFERENCE).schema("ref_blue").build().upgrade();
    Migrator desk = Migrator.builder(database).catalog(DESK).schema("desk_blue").referencedSchema("ref", "ref_blue")
        .build();
    desk.upgrade();

    assertEquals(List.of("FOREIGN KEY (currency_code) REFERENCES ref_blue.currency(code)"), Sql.rows(database,
        "select pg_get_constraintdef(oid) from pg_constraint where conname = 'book_currency_fk'"));
    assertTrue(desk.drift().differences().isEmpty(), () -> desk.drift().toString());
    assertTrue(desk.sql("head:base").text().contains("drop table \"desk_blue\".\"book\""));
    desk.downgrade("base");
    Migrator.builder(database).catalog(REFERENCE).schema("ref_blue").build().downgrade("base");
    assertEquals(List.of("tidemark_history"), Sql.tables(database, "ref_blue"));
    assertEquals(List.of("tidemark_history"), Sql.tables(database, "desk_blue"));
  }

  @Test
  void schemasReferencingEachOtherInACycleAreRefusedBeforeAnythingRuns() {
    MigrationCatalog referencingDesk = catalog("ref", Set.of("desk"), REFERENCE.migrations().get(0));
    TidemarkException refused = assertThrows(TidemarkException.class,
        () -> Tidemark.inMigrationOrder(List.of(DESK, referencingDesk)));
    assertEquals(ErrorCode.CONFIGURATION, refused.code());
    assertTrue(refused.getMessage().contains("(desk -> ref)"), refused.getMessage());
  }

  @Test
  void aBadReferencedSchemaSettingIsRefusedByName() {
    TidemarkException refused = assertThrows(TidemarkException.class,
        () -> Migrator.builder(TestPostgres.freshDatabase()).catalog(DESK).referencedSchema("ref", " ").build());
    assertTrue(refused.getMessage().contains("referencedSchema of ref ' ' is not a usable name"), refused.getMessage());
  }

  private static MigrationCatalog catalog(String schema, Set<String> referenced, Migration... migrations) {
    return new MigrationCatalog() {
      @Override
      public String schema() {
        return schema;
      }

      @Override
      public List<Migration> migrations() {
        return List.of(migrations);
      }

      @Override
      public Set<String> referencedSchemas() {
        return referenced;
      }
    };
  }
}
