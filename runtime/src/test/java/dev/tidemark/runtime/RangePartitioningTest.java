package dev.tidemark.runtime;

import static dev.tidemark.runtime.schema.Column.column;
import static dev.tidemark.runtime.schema.PrimaryKey.primaryKey;
import static dev.tidemark.runtime.schema.RangePartitioning.rangePartitioned;
import static dev.tidemark.runtime.testing.TestMigrations.catalog;
import static dev.tidemark.runtime.testing.TestMigrations.frozen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidemark.runtime.diff.SchemaDiff;
import dev.tidemark.runtime.json.CanonicalJson;
import dev.tidemark.runtime.json.JsonFields;
import dev.tidemark.runtime.json.ModelJson;
import dev.tidemark.runtime.operation.CreateTable;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.partition.AlterRangePartitioning;
import dev.tidemark.runtime.schema.PartitionInterval;
import dev.tidemark.runtime.schema.RangePartitioning;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Table;
import dev.tidemark.runtime.sql.PostgresRenderer;
import dev.tidemark.runtime.testing.Sql;
import dev.tidemark.runtime.testing.TestPostgres;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Range partitioning: the model, its custom operation, and partition maintenance on PostgreSQL. */
class RangePartitioningTest {

  private static final String SCHEMA = "fills";

  private static Migration createTrades(RangePartitioning partitioning) {
    return frozen("0001_create_trades", null,
        ops -> ops.createTable("trades", column("id", "bigint").notNull(), column("trade_date", "date").notNull(),
            column("notional", "numeric(20,2)"), primaryKey("trades_pkey", "id", "trade_date"), partitioning),
        ops -> ops.dropTable("trades"));
  }

  private final DataSource database = TestPostgres.freshDatabase();

  @Test
  void partitionsAreMadeAheadOnceAndRowsLandInThem() {
    Migrator migrator = migrator(createTrades(rangePartitioned("trade_date").premake(2)));
    migrator.upgrade();

    PartitionReport first = migrator.maintainPartitions(LocalDate.of(2026, 11, 29));
    PartitionReport again = migrator.maintainPartitions(LocalDate.of(2026, 11, 30));

    assertEquals(List.of("trades_p20261101", "trades_p20261201", "trades_p20270101"), first.created());
    assertEquals(List.of(), again.created());
    Sql.execute(database, "insert into fills.trades values (1, date '2026-11-29', 10), (2, date '2027-01-31', 20)");
    assertEquals(List.of("trades_p20261101 1", "trades_p20270101 2"),
        Sql.rows(database, "select tableoid::regclass::text, id from fills.trades order by id").stream()
            .map(row -> row.replace("fills.", "")).toList());
    assertTrue(migrator.drift().clean(), migrator.drift()::summary);
  }

  @Test
  void instancesBootingAtOnceCreateEachPartitionOnce() throws Exception {
    Migrator migrator = migrator(createTrades(rangePartitioned("trade_date").interval("1 day").premake(20)));
    migrator.upgrade();
    ExecutorService instances = Executors.newFixedThreadPool(3);
    try {
      List<Future<PartitionReport>> reports = new ArrayList<>();
      for (int instance = 0; instance < 3; instance++) {
        reports.add(instances.submit(() -> migrator.maintainPartitions(LocalDate.of(2026, 11, 29))));
      }
      List<String> created = new ArrayList<>();
      for (Future<PartitionReport> report : reports) {
        created.addAll(report.get(60, TimeUnit.SECONDS).created());
      }

      assertEquals(21, created.size());
      assertEquals(21, new HashSet<>(created).size());
    } finally {
      instances.shutdownNow();
    }
  }

  @Test
  void partitionsPastTheirRetentionAreDetachedWithTheirRowsOrDropped() {
    Migrator detaching = migrator(createTrades(rangePartitioned("trade_date").premake(1)
        .retention("2 months", RangePartitioning.Expired.DETACH)));
    detaching.upgrade();
    detaching.maintainPartitions(LocalDate.of(2026, 11, 29));
    Sql.execute(database, "insert into fills.trades values (1, date '2026-11-29', 10)");

    PartitionReport report = detaching.maintainPartitions(LocalDate.of(2027, 3, 15));

    assertEquals(List.of("trades_p20261101", "trades_p20261201"), report.detached());
    assertEquals(List.of("1"), Sql.rows(database, "select id from fills.trades_p20261101"));
    assertEquals(List.of(), Sql.rows(database, "select id from fills.trades"));
    // A detached partition is the policy at work, kept for archiving: not drift. A look-alike is.
    assertTrue(detaching.drift().clean(), detaching.drift()::summary);
    Sql.execute(database, "create table fills.trades_archive (id bigint)");
    assertEquals(List.of("EXTRA_TABLE trades_archive: found table"),
        detaching.drift().differences().stream().map(Drift::describe).toList());

    DataSource other = TestPostgres.freshDatabase();
    Migrator dropping = Migrator.builder(other).catalog(catalog(SCHEMA, createTrades(rangePartitioned("trade_date")
        .premake(1).retention("2 months", RangePartitioning.Expired.DROP)))).build();
    dropping.upgrade();
    dropping.maintainPartitions(LocalDate.of(2026, 11, 29));
    assertEquals(List.of("trades_p20261101", "trades_p20261201"),
        dropping.maintainPartitions(LocalDate.of(2027, 3, 15)).dropped());
    assertEquals(List.of("tidemark_history", "trades", "trades_p20270301", "trades_p20270401"),
        Sql.tables(other, SCHEMA));
  }

  @Test
  void partitionsOfATimestampWithTimeZoneAreUtcDaysWhateverTheSessionZone() {
    Migrator migrator = migrator(frozen("0001_create_ticks", null,
        ops -> ops.createTable("ticks", column("id", "bigint").notNull(),
            column("at", "timestamp(6) with time zone").notNull(), primaryKey("ticks_pkey", "id", "at"),
            rangePartitioned("at").premake(0)),
        ops -> ops.dropTable("ticks")));
    migrator.upgrade();
    // pgjdbc gives each session the JVM's zone: New York midnight would be 04:00 or 05:00 UTC.
    TimeZone zone = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
    try {
      migrator.maintainPartitions(LocalDate.of(2026, 11, 29));
      assertEquals(List.of("America/New_York"), Sql.rows(database, "select current_setting('TimeZone')"));
    } finally {
      TimeZone.setDefault(zone);
    }

    Sql.execute(database, "insert into fills.ticks values (1, timestamptz '2026-11-01 00:30:00+00')");
    assertThrows(IllegalStateException.class,
        () -> Sql.execute(database, "insert into fills.ticks values (2, timestamptz '2026-12-01 00:30:00+00')"));
  }

  /** The conversion template of the README, as the baseline SQL revision it is there. */
  @Test
  void aTableConvertedByABaselineSqlRevisionKeepsEveryRowAndMaintenanceTakesOver() {
    Migration plain = frozen("0001_create_trades", null,
        ops -> ops.createTable("trades", column("id", "bigint").notNull(), column("trade_date", "date").notNull(),
            column("notional", "numeric(20,2)"), primaryKey("trades_pkey", "id")),
        ops -> ops.dropTable("trades"));
    Migration convert = frozen("0002_partition_trades", "0001_create_trades",
        ops -> {
          ops.sql("alter table trades rename to trades_before_partitioning");
          ops.sql("alter table trades_before_partitioning drop constraint trades_pkey");
          ops.sql("create table trades (like trades_before_partitioning including defaults including constraints"
              + " including comments) partition by range (trade_date)");
          ops.sql("alter table trades add constraint trades_pkey primary key (trade_date, id)");
          ops.sql("alter table trades_before_partitioning add constraint trades_before_partitioning_range"
              + " check (trade_date is not null and trade_date < date '2026-12-01')");
          ops.sql("alter table trades attach partition trades_before_partitioning"
              + " for values from (minvalue) to ('2026-12-01')");
          ops.modelOnly().dropConstraint("trades", "trades_pkey");
          ops.modelOnly().addPrimaryKey("trades", primaryKey("trades_pkey", "trade_date", "id"));
          ops.modelOnly().add(new AlterRangePartitioning("trades", null, rangePartitioned("trade_date").premake(1)));
        },
        ops -> { });
    migrator(plain).upgrade();
    Sql.execute(database, "insert into fills.trades values (1, date '2025-03-31', 10), (2, date '2026-11-29', 20)");
    Migrator migrator = migrator(plain, convert);

    migrator.upgrade();
    PartitionReport report = migrator.maintainPartitions(LocalDate.of(2026, 11, 29));

    assertEquals(List.of("trades_p20261201"), report.created(), "the old rows' partition covers November");
    assertEquals(List.of("1 trades_before_partitioning", "2 trades_before_partitioning"),
        Sql.rows(database, "select id, tableoid::regclass::text from fills.trades order by id").stream()
            .map(row -> row.replace("fills.", "")).toList());
    assertTrue(migrator.drift().clean(), migrator.drift()::summary);
  }

  /**
   * The catalog knows a table's partition key: a plain table where the model partitions one (or the
   * reverse) is drift, and adopt will not bridge it, since only a rebuild, rows and all, changes it.
   */
  @Test
  void aPlainTableWhereTheModelPartitionsOneIsDriftThatAdoptLeavesToTheOperator() {
    Migrator migrator = migrator(createTrades(rangePartitioned("trade_date").premake(1)));
    Sql.execute(database, "create schema fills");
    Sql.execute(database, "create table fills.trades (id bigint not null, trade_date date not null, notional numeric(20,2),"
            + " constraint trades_pkey primary key (id, trade_date))");

    TidemarkException refused = assertThrows(TidemarkException.class, migrator::adopt);
    assertEquals(ErrorCode.DRIFT, refused.code());
    assertTrue(refused.getMessage().contains("table trades cannot become partitioned by range of trade_date in place"),
        refused::getMessage);
    assertEquals(List.of("0"), Sql.rows(database, "select count(*) from fills.tidemark_history"), "nothing recorded");
    assertEquals(List.of("tidemark_history", "trades"), Sql.tables(database, SCHEMA), "nothing else made");

    migrator.stamp("0001_create_trades");
    assertEquals(List.of("PARTITIONING trades: expected partitioned by range (trade_date), found not partitioned"),
        migrator.drift().differences().stream().map(Drift::describe).toList());
  }

  @Test
  void aPolicyChangeIsTheExtensionsCustomOperationWithAnExactInverseAndAJsonForm() {
    Table plain = Table.of("trades", List.of(column("id", "bigint").notNull(), column("trade_date", "date").notNull(),
        primaryKey("trades_pkey", "id", "trade_date"), rangePartitioned("trade_date")));
    Schema before = Schema.empty(SCHEMA).withTable(plain);
    Schema after = Schema.empty(SCHEMA).withTable(plain.withPartitioning(rangePartitioned("trade_date").premake(6)
        .retention("24 months", RangePartitioning.Expired.DROP)));

    List<Operation> upgrade = SchemaDiff.between(before, after);
    List<Operation> downgrade = SchemaDiff.between(after, before);

    AlterRangePartitioning change = (AlterRangePartitioning) upgrade.get(0);
    assertEquals(List.of(change.inverse(before)), downgrade);
    assertTrue(change.losesData(), "dropping partitions the old policy kept loses rows");
    assertEquals(List.of(), new PostgresRenderer(SCHEMA).renderAll(change));
    assertEquals(upgrade, ModelJson.operations(JsonFields.root(jsonOf(upgrade)), "upgrade"));
    assertTrue(SchemaDiff.same(upgrade.get(0).applyTo(before), after));
  }

  @Test
  void makingATablePartitionedIsNothingTheRendererDoesSilently() {
    Table plain = Table.of("trades", List.of(column("id", "bigint").notNull(), column("trade_date", "date").notNull(),
        primaryKey("trades_pkey", "id", "trade_date")));
    AlterRangePartitioning change = (AlterRangePartitioning) SchemaDiff.between(Schema.empty(SCHEMA).withTable(plain),
        Schema.empty(SCHEMA).withTable(plain.withPartitioning(rangePartitioned("trade_date")))).get(0);

    assertTrue(change.needsHandWrittenRevision().isPresent());
    assertThrows(IllegalStateException.class, () -> new PostgresRenderer(SCHEMA).renderAll(change));
  }

  @Test
  void theKeyOfAPartitionedTableMustIncludeThePartitionColumn() {
    IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> Table.of("trades",
        List.of(column("id", "bigint").notNull(), column("trade_date", "date").notNull(),
            primaryKey("trades_pkey", "id"), rangePartitioned("trade_date"))));

    assertEquals("the primary key of table trades must include its partition column trade_date", failure.getMessage());
    assertEquals("create table \"fills\".\"t\" (\n    \"d\" date\n) partition by range (\"d\")",
        new PostgresRenderer(SCHEMA).render(new CreateTable(Table.of("t", List.of(column("d", "date"),
            rangePartitioned("d"))))).sql());
  }

  @Test
  void boundariesAreTheSameWhateverDayTheyAreComputedOn() {
    PartitionInterval week = PartitionInterval.parse("1 week");
    PartitionInterval quarter = PartitionInterval.parse("3 months");

    assertEquals(LocalDate.of(2026, 11, 23), week.floor(LocalDate.of(2026, 11, 29)));
    assertEquals(LocalDate.of(1999, 12, 27), week.floor(LocalDate.of(1999, 12, 31)));
    assertEquals(LocalDate.of(2026, 10, 1), quarter.floor(LocalDate.of(2026, 11, 29)));
    assertEquals(LocalDate.of(1999, 10, 1), quarter.floor(LocalDate.of(1999, 12, 31)));
    assertEquals("3 months", quarter.toString());
  }

  private Migrator migrator(Migration... migrations) {
    return Migrator.builder(database).catalog(catalog(SCHEMA, migrations)).build();
  }

  private static ObjectNode jsonOf(List<Operation> operations) {
    ObjectNode node = CanonicalJson.object();
    node.set("upgrade", ModelJson.operations(operations));
    return node;
  }
}
