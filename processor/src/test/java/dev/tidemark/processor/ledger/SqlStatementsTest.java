package dev.tidemark.processor.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Scripts split where psql splits them, and nowhere else. */
class SqlStatementsTest {

  @Test
  void semicolonsInsideLiteralsIdentifiersCommentsAndDollarQuotesDoNotEndAStatement() {
    String script = """
        -- seed; the first desks
        insert into "desk;s" (name) values ('a;b'), ('it''s; fine'), (E'back\\'; slash'), ($$x;y$$);
        /* nested /* block; */ comment; */ select 1;
        create function f() returns int language plpgsql as $fn$ begin return 1; end; $fn$;
        select $1::int, a$b from t;
        """;

    assertEquals(List.of(
            "-- seed; the first desks\ninsert into \"desk;s\" (name) values ('a;b'), ('it''s; fine'),"
                + " (E'back\\'; slash'), ($$x;y$$)",
            "/* nested /* block; */ comment; */ select 1",
            "create function f() returns int language plpgsql as $fn$ begin return 1; end; $fn$",
            "select $1::int, a$b from t"),
        SqlStatements.split(script));
  }

  @Test
  void aLastStatementWithoutSemicolonCountsAndTrailingCommentsAreNoStatement() {
    assertEquals(List.of("select 1", "select 2"), SqlStatements.split("select 1;\nselect 2\n-- done\n"));
    assertEquals(List.of(), SqlStatements.split("-- nothing here;\n/* at all; */\n"));
  }

  @Test
  void aQuoteAfterAWordIsAPlainLiteralNotAnEscapeString() {
    assertEquals(List.of("select date'2026-01-01', 'a\\'", "select 2"),
        SqlStatements.split("select date'2026-01-01', 'a\\';\nselect 2;"));
  }

  @Test
  void transactionControlMetaCommandsAndUnterminatedTextAreRefusedWithTheirLine() {
    assertEquals(2, assertThrows(SqlStatements.ScriptException.class,
        () -> SqlStatements.split("select 1;\nBEGIN;\nselect 2;")).line());
    assertEquals(1, assertThrows(SqlStatements.ScriptException.class,
        () -> SqlStatements.split("\\connect other\nselect 1;")).line());
    assertEquals(2, assertThrows(SqlStatements.ScriptException.class,
        () -> SqlStatements.split("select 1;\nselect 'open;\n")).line());
    assertEquals(1, assertThrows(SqlStatements.ScriptException.class,
        () -> SqlStatements.split("create function f() returns int begin atomic select 1; end;")).line());
  }
}
