package dev.tidemark.runtime.diff;

import static dev.tidemark.runtime.schema.CheckConstraint.check;
import static dev.tidemark.runtime.schema.CheckConstraint.enumCheck;
import static dev.tidemark.runtime.schema.Column.column;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.schema.PostgresNames;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Table;
import dev.tidemark.runtime.sql.PostgresRenderer;
import dev.tidemark.runtime.sql.SqlStatement;
import dev.tidemark.runtime.testing.SingleConnectionDataSource;
import dev.tidemark.runtime.testing.Sql;
import dev.tidemark.runtime.testing.TestPostgres;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A column that stays but changes representation keeps what its values mean, on real PostgreSQL:
 * an enum moved between ordinal and name storage converts each value through its constants (a cast
 * would store the ordinal 0 as '0' and the re-added check would fail), both ways; a numeric widened
 * keeps its numbers.
 */
class RepresentationChangeTest {

  private final DataSource database = new SingleConnectionDataSource(TestPostgres.freshDatabase());

  private static Schema order(String sideType, String sideCheck, String priceType) {
    return Schema.empty("s").withTable(Table.of("trade_order", List.of(column("id", "bigint").notNull(),
        column("side", sideType), column("price", priceType), check("trade_order_side_check", sideCheck))));
  }

  private static final Schema BY_ORDINAL = order("smallint", "\"side\" between 0 and 2", "numeric(10,2)");
  private static final Schema BY_NAME = order("varchar(255)", "\"side\" in ('BUY', 'SELL', 'SHORT')", "numeric(12,4)");
  private static final Schema BY_CHAR = order("character(1)", "\"side\" in ('B', 'S', 'X')", "numeric(10,2)");

  @Test
  void ordinalsBecomeNamesAndComeBack() {
    assertRoundTrip("ordinal_name", BY_ORDINAL, BY_NAME, "(1, 0, 10.25), (2, 1, 3.5), (3, 2, null), (4, null, 1)",
        List.of("1|0|10.25", "2|1|3.50", "3|2|", "4||1.00"),
        List.of("1|BUY|10.2500", "2|SELL|3.5000", "3|SHORT|", "4||1.0000"));
  }

  @Test
  void namesBecomeOrdinalsAndComeBack() {
    assertRoundTrip("name_ordinal", BY_NAME, BY_ORDINAL, "(1, 'SELL', 1), (2, 'BUY', 2), (3, null, 3)",
        List.of("1|SELL|1.0000", "2|BUY|2.0000", "3||3.0000"),
        List.of("1|1|1.00", "2|0|2.00", "3||3.00"));
  }

  @Test
  void oneLetterNamesStoredAsCharacterConvertToo() {
    assertRoundTrip("ordinal_char", BY_ORDINAL, BY_CHAR, "(1, 2, 1), (2, 0, 2)",
        List.of("1|2|1.00", "2|0|2.00"), List.of("1|X|1.00", "2|B|2.00"));
  }

  /** The order table whose side check records the constant behind each value it allows. */
  private static Schema recorded(String sideType, String sideCheck, String... constants) {
    return Schema.empty("s").withTable(Table.of("trade_order", List.of(column("id", "bigint").notNull(),
        column("side", sideType), column("price", "numeric(10,2)"),
        enumCheck("trade_order_side_check", sideCheck, constants))));
  }

  private static final Schema RECORDED = recorded("smallint", "\"side\" between 0 and 2", "BUY", "SELL", "SHORT");
  private static final Schema REORDERED = recorded("smallint", "\"side\" between 0 and 2", "SHORT", "BUY", "SELL");
  private static final Schema INSERTED = recorded("smallint", "\"side\" between 0 and 3", "BUY", "HOLD", "SELL", "SHORT");
  private static final Schema BY_CODE = recorded("character varying(255)", "\"side\" in ('S', 'B', 'X''')", "SELL",
      "BUY", "SHORT");
  private static final Schema BY_NAME_UNRECORDED = recorded("character varying(255)",
      "\"side\" in ('BUY', 'SELL', 'SHORT')");
  /** The ordinal check as the ledger held it before Tidemark recorded constants. */
  private static final Schema ORDINAL_UNRECORDED = recorded("smallint", "\"side\" between 0 and 2");
  private static final Schema BY_NUMBER = recorded("smallint", "\"side\" in (-1, 10, 20)", "SHORT", "BUY", "SELL");

  @Test
  void reorderedOrdinalsKeepTheirConstantAndComeBack() {
    assertRoundTrip("reordered", RECORDED, REORDERED, "(1, 0, 1), (2, 1, 2), (3, 2, 3), (4, null, 4)",
        List.of("1|0|1.00", "2|1|2.00", "3|2|3.00", "4||4.00"), List.of("1|1|1.00", "2|2|2.00", "3|0|3.00", "4||4.00"));
  }

  @Test
  void aConstantInsertedBeforeTheEndMovesTheLaterOrdinals() {
    assertRoundTrip("inserted", RECORDED, INSERTED, "(1, 0, 1), (2, 1, 2), (3, 2, 3)",
        List.of("1|0|1.00", "2|1|2.00", "3|2|3.00"), List.of("1|0|1.00", "2|2|2.00", "3|3|3.00"));
  }

  @Test
  void codesConvertFromAndToOrdinals() {
    assertRoundTrip("codes", RECORDED, BY_CODE, "(1, 0, 1), (2, 1, 2), (3, 2, 3)",
        List.of("1|0|1.00", "2|1|2.00", "3|2|3.00"), List.of("1|B|1.00", "2|S|2.00", "3|X'|3.00"));
    assertRoundTrip("numbers", BY_NAME_UNRECORDED, BY_NUMBER, "(1, 'BUY', 1), (2, 'SELL', 2), (3, 'SHORT', 3)",
        List.of("1|BUY|1.00", "2|SELL|2.00", "3|SHORT|3.00"), List.of("1|10|1.00", "2|20|2.00", "3|-1|3.00"));
  }

  @Test
  void aCheckRecordedBeforeItsConstantsWereIsTheSameCheck() {
    assertEquals(List.of(), SchemaDiff.between(ORDINAL_UNRECORDED, RECORDED));
    assertEquals(List.of(), SchemaDiff.between(RECORDED, ORDINAL_UNRECORDED));
    assertEquals(List.of("drop constraint trade_order.trade_order_side_check",
            "alter column trade_order.side type smallint using (case \"side\" when 0 then 1 when 1 then 2 when 2 then 0"
                + " end)::smallint",
            "add check trade_order.trade_order_side_check"),
        SchemaDiff.between(RECORDED, REORDERED).stream().map(Operation::describe).toList());
  }

  @Test
  void theConversionIsWrittenOutAndItsInverseToo() {
    assertEquals(List.of("alter column trade_order.side type varchar(255) using (case \"side\" when 0 then 'BUY'"
            + " when 1 then 'SELL' when 2 then 'SHORT' end)::varchar(255)"),
        typeChanges(SchemaDiff.between(BY_ORDINAL, BY_NAME)).subList(0, 1));
    assertEquals(List.of("alter column trade_order.side type smallint using (case \"side\" when 'BUY' then 0"
            + " when 'SELL' then 1 when 'SHORT' then 2 end)::smallint"),
        typeChanges(SchemaDiff.between(BY_NAME, BY_ORDINAL)).subList(0, 1));
  }

  private static List<String> typeChanges(List<Operation> operations) {
    return operations.stream().map(Operation::describe).filter(text -> text.contains(" type ")).toList();
  }

  private void assertRoundTrip(String schema, Schema from, Schema to, String rows, List<String> before,
      List<String> after) {
    try {
      Sql.execute(database, "create schema " + PostgresNames.quote(schema));
      run(schema, SchemaDiff.between(Schema.empty("s"), from));
      Sql.execute(database, "insert into " + PostgresNames.qualify(schema, "trade_order") + " values " + rows);
      assertEquals(before, rows(schema), "rows as first stored");
      run(schema, SchemaDiff.between(from, to));
      assertEquals(after, rows(schema), "rows after the upgrade");
      run(schema, SchemaDiff.between(to, from));
      assertEquals(before, rows(schema), "rows after the downgrade");
    } finally {
      Sql.execute(database, "drop schema if exists " + PostgresNames.quote(schema) + " cascade");
    }
  }

  private void run(String schema, List<Operation> operations) {
    for (SqlStatement statement : new PostgresRenderer(schema).render(operations)) {
      Sql.execute(database, statement.sql());
    }
  }

  private List<String> rows(String schema) {
    return Sql.rows(database, "select id || '|' || coalesce(side::text, '') || '|' || coalesce(price::text, '') from "
        + PostgresNames.qualify(schema, "trade_order") + " order by id");
  }
}
