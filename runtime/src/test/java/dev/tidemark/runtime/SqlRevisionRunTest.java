package dev.tidemark.runtime;

import static dev.tidemark.runtime.schema.Column.column;
import static dev.tidemark.runtime.schema.PrimaryKey.primaryKey;
import static dev.tidemark.runtime.testing.TestMigrations.catalog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tidemark.runtime.testing.Psql;
import dev.tidemark.runtime.testing.Sql;
import dev.tidemark.runtime.testing.TestPostgres;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * SQL revisions at run time: their statements run as written, under the same lock, transaction and
 * history rules as every other revision, and their model-only operations never run.
 */
class SqlRevisionRunTest {

  private static final String SCHEMA = "venues";

  /** A legacy schema.sql as revision 1: it declares, model-only, the schema it leaves. */
  private static final Migration LEGACY_BASELINE = sqlRevision("0001_legacy_schema", null,
      ops -> {
        ops.sql("create table venue (mic character(4) not null, name character varying(80), constraint venue_pkey"
            + " primary key (mic))");
        ops.sql("comment on table venue is 'trading venues; the ; in here is no statement end'");
        ops.modelOnly().createTable("venue", column("mic", "character(4)").notNull(),
            column("name", "character varying(80)"), primaryKey("venue_pkey", "mic"));
        ops.modelOnly().commentOnTable("venue", "trading venues; the ; in here is no statement end");
      },
      ops -> {
        ops.sql("drop table venue");
        ops.modelOnly().dropTable("venue");
      });

  private static final Migration SEED_VENUES = sqlRevision("0002_seed_venues", "0001_legacy_schema",
      ops -> ops.sql("insert into venue (mic, name) values ('XLON', $$London Stock Exchange$$), ('XPAR', 'Euronext"
          + " Paris')"),
      ops -> ops.sql("delete from venue where mic in ('XLON', 'XPAR')"));

  private final DataSource database = TestPostgres.freshDatabase();

  @Test
  void statementsRunAsWrittenOnTheManagedSchemaWithTheirHistoryRow() {
    MigrationReport report = migrator(LEGACY_BASELINE, SEED_VENUES).upgrade();

    assertEquals("0002_seed_venues", report.head());
    assertEquals(List.of("XLON London Stock Exchange", "XPAR Euronext Paris"),
        Sql.rows(database, "select mic, name from venues.venue order by mic"));
    assertEquals(List.of("0001_legacy_schema", "0002_seed_venues"),
        Sql.rows(database, "select revision from venues.tidemark_history order by installed_rank"));
  }

  @Test
  void theModelOnlyOperationsOfABaselineDescribeWhatItsStatementsBuilt() {
    Migrator migrator = migrator(LEGACY_BASELINE, SEED_VENUES);
    migrator.upgrade();

    DriftReport drift = migrator.drift();

    assertTrue(drift.clean(), drift::summary);
  }

  @Test
  void aFailingStatementRollsTheWholeRevisionBack() {
    Migration halfGood = sqlRevision("0002_half_good", "0001_legacy_schema",
        ops -> {
          ops.sql("insert into venue (mic, name) values ('XLON', 'London')");
          ops.sql("insert into venue (mic, name) values ('XLON', 'London again')");
        },
        ops -> ops.sql("delete from venue"));

    TidemarkException failure = assertThrows(TidemarkException.class, migrator(LEGACY_BASELINE, halfGood)::upgrade);

    assertEquals(ErrorCode.REVISION_FAILED, failure.code());
    assertEquals("0002_half_good", failure.revision());
    assertEquals("23505", failure.sqlState());
    assertEquals("insert into venue (mic, name) values ('XLON', 'London again')", failure.statement());
    assertEquals(List.of(), Sql.rows(database, "select mic from venues.venue"));
    assertEquals(List.of("0001_legacy_schema"), Sql.rows(database, "select revision from venues.tidemark_history"));
  }

  @Test
  void downgradeRunsTheDownStatementsNewestFirst() {
    Migrator migrator = migrator(LEGACY_BASELINE, SEED_VENUES);
    migrator.upgrade();

    migrator.downgrade("0001_legacy_schema");
    assertEquals(List.of(), Sql.rows(database, "select mic from venues.venue"));

    migrator.downgrade("base");
    assertEquals(List.of("tidemark_history"), Sql.tables(database, SCHEMA));
  }

  @Test
  void theSqlVerbShowsTheStatementsAsWrittenInTheRevisionTransaction() {
    String script = migrator(LEGACY_BASELINE, SEED_VENUES).sql("head").text();

    assertTrue(script.contains("-- 0002_seed_venues: 0002 seed venues\nbegin;\n"
        + "select set_config('search_path', '\"venues\", ' || current_setting('search_path'), true);\n"
        + "insert into venue (mic, name) values ('XLON', $$London Stock Exchange$$), ('XPAR', 'Euronext Paris');\n"),
        script);
    assertTrue(script.contains("comment on table venue is 'trading venues; the ; in here is no statement end';\n"),
        script);
  }

  @Test
  void theSqlVerbsScriptRunWithPsqlBuildsWhatTheMigratorBuilds() {
    assumeTrue(Psql.available(), "psql is not installed");
    String script = migrator(LEGACY_BASELINE, SEED_VENUES).sql("head").text();

    Psql.run(database, script);

    assertEquals(List.of("XLON London Stock Exchange", "XPAR Euronext Paris"),
        Sql.rows(database, "select mic, name from venues.venue order by mic"));
  }

  @Test
  void modelOnlyOperationsCannotHoldAnythingThatRuns() {
    Operations operations = new Operations();

    assertThrows(IllegalStateException.class, () -> operations.modelOnly().sql("select 1"));
  }

  private Migrator migrator(Migration... migrations) {
    return Migrator.builder(database).catalog(catalog(SCHEMA, migrations)).build();
  }

  /** An SQL revision as the processor generates it: statements, then what they leave, model-only. */
  private static Migration sqlRevision(String id, String parent, Consumer<Operations> upgrade,
      Consumer<Operations> downgrade) {
    Revision revision = Revision.frozen(id, parent, id.replace('_', ' '), id + "-checksum");
    return new Migration() {
      @Override
      public Revision revision() {
        return revision;
      }

      @Override
      public void upgrade(Operations operations) {
        upgrade.accept(operations);
      }

      @Override
      public void downgrade(Operations operations) {
        downgrade.accept(operations);
      }
    };
  }
}
