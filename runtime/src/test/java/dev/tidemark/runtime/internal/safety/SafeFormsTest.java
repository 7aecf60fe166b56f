package dev.tidemark.runtime.internal.safety;

import static dev.tidemark.runtime.schema.CheckConstraint.check;
import static dev.tidemark.runtime.schema.Column.column;
import static dev.tidemark.runtime.schema.ForeignKey.foreignKey;
import static dev.tidemark.runtime.schema.Index.index;
import static dev.tidemark.runtime.schema.Index.uniqueIndex;
import static dev.tidemark.runtime.schema.PrimaryKey.primaryKey;
import static dev.tidemark.runtime.schema.UniqueConstraint.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.runtime.Operations;
import dev.tidemark.runtime.SafetyPolicy;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.schema.ForeignKey;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.sql.LockLevel;
import dev.tidemark.runtime.sql.PostgresRenderer;
import dev.tidemark.runtime.sql.SqlStatement;
import dev.tidemark.runtime.testing.CatalogDump;
import dev.tidemark.runtime.testing.PlanRunner;
import dev.tidemark.runtime.testing.Sql;
import dev.tidemark.runtime.testing.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each safe form, run on PostgreSQL, must leave the catalog exactly as the plain statement does. */
class SafeFormsTest {

  private static final String SCHEMA = "desk";

  private static final List<Operation> FROM = ops(ops -> {
    ops.createTable("book", column("id", "bigint").notNull(), primaryKey("book_pkey", "id"));
    ops.createTable("trade", column("id", "bigint").notNull(), column("venue", "character varying(20)"),
        column("book_id", "bigint"), column("price", "numeric(20,8)"), column("status", "character varying(8)"),
        primaryKey("trade_pkey", "id"));
    ops.createIndex("trade", index("trade_status_idx", "status"));
    ops.createTable("fill", column("id", "bigint"), column("trade_id", "bigint"));
  });

  private static final Map<String, Consumer<Operations>> REVISIONS = Map.of(
      "index", ops -> ops.createIndex("trade", index("trade_book_idx", "book_id", "price desc")),
      "unique index", ops -> ops.createIndex("trade", uniqueIndex("trade_venue_idx", "venue")),
      "foreign key", ops -> ops.addForeignKey("trade", foreignKey("trade_book_fk", "book_id")
          .references("book", "id").onDelete(ForeignKey.Action.CASCADE)),
      "check", ops -> ops.addCheck("trade", check("trade_price_check", "\"price\" >= 0")),
      "unique", ops -> ops.addUnique("trade", unique("trade_venue_key", "venue")),
      "primary key on a nullable column", ops -> ops.addPrimaryKey("fill", primaryKey("fill_pkey", "id")),
      "set not null", ops -> ops.setNotNull("trade", "venue"),
      "drop index", ops -> ops.dropIndex("trade", "trade_status_idx"),
      "all at once, between plain statements", ops -> {
        ops.createIndex("trade", index("trade_book_idx", "book_id"));
        ops.addColumn("trade", column("note", "text"));
        ops.addForeignKey("trade", foreignKey("trade_book_fk", "book_id").references("book", "id"));
        ops.setNotNull("trade", "venue");
        ops.addUnique("trade", unique("trade_venue_key", "venue"));
        ops.addPrimaryKey("fill", primaryKey("fill_pkey", "id"));
        ops.commentOnColumn("trade", "note", "free text");
      });

  static Stream<Arguments> revisions() {
    return REVISIONS.keySet().stream().sorted().map(Arguments::of);
  }

  private static List<Operation> ops(Consumer<Operations> build) {
    Operations ops = new Operations();
    build.accept(ops);
    return ops.list();
  }

  private static Schema fromSchema() {
    Schema schema = Schema.empty(SCHEMA);
    for (Operation operation : FROM) {
      schema = operation.applyTo(schema);
    }
    return schema;
  }

  /** A database holding the from-schema with a few rows that satisfy every change. */
  private static DataSource databaseWithRows() {
    DataSource database = TestPostgres.freshDatabase();
    Sql.execute(database, "create schema " + SCHEMA);
    for (SqlStatement statement : new PostgresRenderer(SCHEMA).render(FROM)) {
      Sql.execute(database, statement.sql());
    }
    Sql.execute(database, "insert into desk.book values (1), (2)");
    Sql.execute(database, "insert into desk.trade values (1, 'XLON', 1, 10, 'open'), (2, 'XNYS', 2, 20, 'open'),"
        + " (3, 'XPAR', 1, 30, 'done')");
    Sql.execute(database, "insert into desk.fill values (1, 1), (2, 3)");
    return database;
  }

  private static ExecutionPlan plan(SafetyPolicy policy, List<Operation> revision) {
    SafetyReport report = SafetyReview.review(policy, fromSchema(), revision, List.of(), TableFacts.UNKNOWN);
    assertTrue(report.allowed(), report::blockedMessage);
    return new SafePlanner(new PostgresRenderer(SCHEMA)).plan(fromSchema(), revision, report, LockRetry.of(policy, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("revisions")
  void safeFormLeavesTheCatalogThePlainFormLeaves(String name) throws SQLException {
    List<Operation> revision = ops(REVISIONS.get(name));
    DataSource plainDatabase = databaseWithRows();
    DataSource safeDatabase = databaseWithRows();
    List<String> before = CatalogDump.of(plainDatabase, SCHEMA);

    ExecutionPlan plain = plan(SafetyPolicy.BASIC, revision);
    ExecutionPlan safe = plan(SafetyPolicy.ENHANCED, revision);
    PlanRunner.run(plainDatabase, plain);
    PlanRunner.run(safeDatabase, safe);

    assertTrue(plain.atomic());
    assertFalse(safe.atomic(), "the safe form takes several phases");
    List<String> expected = CatalogDump.of(plainDatabase, SCHEMA);
    assertNotEquals(before, expected);
    assertEquals(expected, CatalogDump.of(safeDatabase, SCHEMA));
    assertEquals(List.of("1 2", "2 2", "3 2"), Sql.rows(safeDatabase, "select id, (select count(*) from desk.book)"
        + " from desk.trade order by id"), "the rows are untouched");
  }

  /**
   * The scan of a safe form (a validation) runs beside a writer whose transaction is still open,
   * where the plain statement cannot even take its lock.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check", "foreign key", "set not null"})
  void validationsRunBesideAnOpenWriter(String name) throws SQLException {
    List<Operation> revision = ops(REVISIONS.get(name));
    DataSource database = databaseWithRows();
    LockRetry impatient = new LockRetry(Duration.ofMillis(300), 1, Duration.ZERO);
    List<Phase> safe = plan(SafetyPolicy.ENHANCED, revision).phases();
    List<Phase> plain = plan(SafetyPolicy.BASIC, revision).phases();

    try (Connection writer = database.getConnection()) {
      writer.setAutoCommit(false);
      writer.createStatement().execute("insert into desk.trade values (4, 'XAMS', 2, 40, 'open')");
      SQLException timedOut = assertThrows(SQLException.class, () -> PlanRunner.run(database, plain, impatient));
      assertTrue(LockRetry.isLockTimeout(timedOut), timedOut::getSQLState);
      writer.rollback();
    }
    for (Phase phase : safe) {
      SqlStatement first = phase.steps().get(0).statement();
      if (first.sql().contains(" validate constraint ")) {
        assertEquals(LockLevel.SHARE_UPDATE_EXCLUSIVE, first.lock());
        try (Connection writer = database.getConnection()) {
          writer.setAutoCommit(false);
          writer.createStatement().execute("insert into desk.trade values (4, 'XAMS', 2, 40, 'open')");
          PlanRunner.run(database, List.of(phase), impatient);
          writer.rollback();
        }
      } else {
        PlanRunner.run(database, List.of(phase), impatient);
      }
    }
    assertTrue(safe.stream().anyMatch(phase -> phase.steps().get(0).statement().sql().contains(" validate ")));
  }

  @Test
  void safeFormsRenderTheirStepsWithTheirLocks() {
    ExecutionPlan plan = plan(SafetyPolicy.ENHANCED, ops(REVISIONS.get("unique")));

    assertEquals(List.of(
            "false SHARE_UPDATE_EXCLUSIVE drop index concurrently if exists \"desk\".\"trade_venue_key\"",
            "false SHARE_UPDATE_EXCLUSIVE create unique index concurrently if not exists \"trade_venue_key\""
                + " on \"desk\".\"trade\" (\"venue\")",
            "true ACCESS_EXCLUSIVE alter table \"desk\".\"trade\" add constraint \"trade_venue_key\""
                + " unique using index \"trade_venue_key\""),
        plan.statements().stream().map(s -> s.transactional() + " " + s.lock() + " " + s.sql()).toList());
    assertEquals(List.of("alter table \"desk\".\"trade\" add constraint \"trade_venue_not_null\""
            + " check (\"venue\" is not null) not valid",
            "alter table \"desk\".\"trade\" validate constraint \"trade_venue_not_null\"",
            "alter table \"desk\".\"trade\" alter column \"venue\" set not null",
            "alter table \"desk\".\"trade\" drop constraint if exists \"trade_venue_not_null\""),
        plan(SafetyPolicy.ENHANCED, ops(REVISIONS.get("set not null"))).statements().stream()
            .map(SqlStatement::sql).toList());
    assertEquals(3, plan(SafetyPolicy.ENHANCED, ops(REVISIONS.get("set not null"))).phases().size(),
        "check, validation, then set not null and drop of the check together");
  }

  @Test
  void aConcurrentBuildThatFailedLeavesAnInvalidIndexWhichTheRerunReplaces() throws SQLException {
    DataSource database = databaseWithRows();
    Sql.execute(database, "update desk.trade set venue = 'XLON' where id = 2");
    ExecutionPlan plan = plan(SafetyPolicy.ENHANCED, ops(REVISIONS.get("unique")));

    SQLException duplicate = assertThrows(SQLException.class, () -> PlanRunner.run(database, plan));
    assertEquals("23505", duplicate.getSQLState());
    assertEquals(List.of("trade_venue_key f"), Sql.rows(database, "select c.relname, i.indisvalid"
        + " from pg_index i join pg_class c on c.oid = i.indexrelid where c.relname = 'trade_venue_key'"));

    Sql.execute(database, "update desk.trade set venue = 'XNYS' where id = 2");
    PlanRunner.run(database, plan);

    DataSource clean = databaseWithRows();
    PlanRunner.run(clean, plan(SafetyPolicy.BASIC, ops(REVISIONS.get("unique"))));
    assertEquals(CatalogDump.of(clean, SCHEMA), CatalogDump.of(database, SCHEMA));
    assertEquals(List.of("trade_venue_key t"), Sql.rows(database, "select c.relname, i.indisvalid"
        + " from pg_index i join pg_class c on c.oid = i.indexrelid where c.relname = 'trade_venue_key'"));
  }
}
