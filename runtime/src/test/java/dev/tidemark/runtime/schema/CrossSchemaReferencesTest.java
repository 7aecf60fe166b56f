package dev.tidemark.runtime.schema;

import static dev.tidemark.runtime.schema.Column.column;
import static dev.tidemark.runtime.schema.ForeignKey.foreignKey;
import static dev.tidemark.runtime.schema.PrimaryKey.primaryKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.runtime.internal.SchemaOrder;
import dev.tidemark.runtime.json.CanonicalJson;
import dev.tidemark.runtime.json.JsonFields;
import dev.tidemark.runtime.json.ModelJson;
import dev.tidemark.runtime.operation.AddForeignKey;
import dev.tidemark.runtime.sql.PostgresRenderer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Foreign keys into another schema: in the model, its canonical JSON, the rendered SQL and the order of schemas. */
class CrossSchemaReferencesTest {

  private static final Schema REFERENCE = new Schema("ref", List.of(new Table("currency",
      List.of(column("code", "character(3)").notNull()), primaryKey("currency_pkey", "code"), List.of(), List.of(),
      List.of(), List.of(), null)), List.of());
  private static final ForeignKey TO_CURRENCY =
      foreignKey("book_currency_fk", "currency_code").referencesIn("ref", "currency", "code");
  private static final Schema DESK = new Schema("desk", List.of(new Table("book",
      List.of(column("id", "bigint").notNull(), column("currency_code", "character(3)")), primaryKey("book_pkey", "id"),
      List.of(), List.of(), List.of(TO_CURRENCY), List.of(), null)), List.of());

  @Test
  void aKeyIntoAnotherSchemaIsCheckedWithBothSchemasAtHand() {
    Schema.checkReferencesAcross(Map.of("ref", REFERENCE, "desk", DESK));
    IllegalArgumentException dangling = assertThrows(IllegalArgumentException.class,
        () -> Schema.checkReferencesAcross(Map.of("ref", Schema.empty("ref"), "desk", DESK)));
    assertEquals("foreign key book_currency_fk of table book references missing table ref.currency",
        dangling.getMessage());
    assertEquals(Set.of("ref"), DESK.referencedSchemas());
    assertEquals(Set.of(), REFERENCE.referencedSchemas());
  }

  @Test
  void theLedgerNamesTheReferencedSchemaOnlyWhenTheKeyCrossesOne() {
    String json = CanonicalJson.write(ModelJson.schema(DESK));
    assertTrue(json.contains("\"referenced_schema\": \"ref\""), json);
    assertEquals(DESK, ModelJson.schema(JsonFields.root(CanonicalJson.parse(json))));
    Schema local = DESK.withTable(DESK.table("book").orElseThrow().withoutConstraint("book_currency_fk")
        .withForeignKey(foreignKey("book_self_fk", "id").references("book", "id")));
    assertFalse(CanonicalJson.write(ModelJson.schema(local)).contains("referenced_schema"));
  }

  @Test
  void theKeyFollowsTheReferencedSchemaWhereItIsMigrated() {
    AddForeignKey add = new AddForeignKey("book", TO_CURRENCY);
    assertEquals("alter table \"desk\".\"book\" add constraint \"book_currency_fk\" foreign key (\"currency_code\")"
        + " references \"ref\".\"currency\" (\"code\")", new PostgresRenderer("desk").render(add).sql());
    assertEquals("alter table \"desk_blue\".\"book\" add constraint \"book_currency_fk\" foreign key (\"currency_code\")"
        + " references \"ref_blue\".\"currency\" (\"code\")",
        new PostgresRenderer("desk_blue", Map.of("ref", "ref_blue")).render(add).sql());
  }

  @Test
  void schemasAreOrderedAfterWhatTheyReference() {
    assertEquals(Optional.of(List.of("ref", "risk", "desk")),
        SchemaOrder.of(Map.of("desk", Set.of("ref", "risk", "elsewhere"), "risk", Set.of("ref"), "ref", Set.of())));
    Map<String, Set<String>> cyclic = Map.of("a", Set.of(), "b", Set.of("c"), "c", Set.of("d"), "d", Set.of("b", "a"));
    assertEquals(Optional.empty(), SchemaOrder.of(cyclic));
    assertEquals(List.of("b", "c", "d"), SchemaOrder.cycle(cyclic));
    assertEquals(List.of(), SchemaOrder.cycle(Map.of("desk", Set.of("ref"), "ref", Set.of())));
  }
}
