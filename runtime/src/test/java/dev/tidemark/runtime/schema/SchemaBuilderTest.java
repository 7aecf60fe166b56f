package dev.tidemark.runtime.schema;

import static dev.tidemark.runtime.schema.Column.column;
import static dev.tidemark.runtime.schema.ForeignKey.foreignKey;
import static dev.tidemark.runtime.schema.PrimaryKey.primaryKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.runtime.operation.AddForeignKey;
import dev.tidemark.runtime.operation.CreateTable;
import dev.tidemark.runtime.operation.DropTable;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.operation.RenameTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Many operations applied to one builder give the schema applying them one by one gives. */
class SchemaBuilderTest {

  private static final Table BOOK = Table.of("book", List.of(column("id", "bigint").notNull(),
      primaryKey("book_pkey", "id")));
  private static final Table TRADE = Table.of("trade", List.of(column("id", "bigint").notNull(),
      column("book_id", "bigint"), primaryKey("trade_pkey", "id")))
      .withForeignKey(foreignKey("trade_book_fk", "book_id").references("book", "id"));

  @Test
  void operationsAppliedTogetherGiveWhatTheyGiveOneByOne() {
    List<Operation> operations = List.of(new CreateTable(BOOK.createdPart()), new CreateTable(TRADE.createdPart()),
        new AddForeignKey("trade", TRADE.foreignKeys().get(0)), new RenameTable("book", "desk_book"));
    Schema oneByOne = Schema.empty("desk");
    for (Operation operation : operations) {
      oneByOne = operation.applyTo(oneByOne);
    }

    Schema together = Operation.applyAll(Schema.empty("desk"), operations);

    assertEquals(oneByOne, together);
    assertEquals(List.of("desk_book", "trade"), together.tables().stream().map(Table::name).toList());
    assertEquals("desk_book", together.table("trade").orElseThrow().foreignKeys().get(0).referencedTable());
  }

  @Test
  void aSchemaThatIsNotWholeFailsWhenBuiltNotBefore() {
    Schema.Builder builder = new Schema("desk", List.of(BOOK, TRADE), List.of()).toBuilder();

    new DropTable("book").applyTo(builder);
    assertTrue(builder.table("book").isEmpty(), "the builder changes in place");

    IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("foreign key trade_book_fk of table trade references missing table book", failure.getMessage());
  }

  @Test
  void tablesStayInNameOrderAndEqualAPlainList() {
    Schema schema = new Schema("desk", List.of(TRADE, BOOK), List.of());

    assertEquals(List.of(BOOK, TRADE), schema.tables());
    assertEquals(schema, new Schema("desk", List.of(BOOK, TRADE), List.of()));
    assertEquals(List.of(BOOK, TRADE).hashCode(), schema.tables().hashCode());
  }
}
