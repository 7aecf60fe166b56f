package dev.tidemark.runtime.internal.safety;

import static dev.tidemark.runtime.schema.Column.column;
import static dev.tidemark.runtime.schema.Index.index;
import static dev.tidemark.runtime.schema.PrimaryKey.primaryKey;
import static dev.tidemark.runtime.testing.TestMigrations.frozen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.runtime.Acknowledgement;
import dev.tidemark.runtime.Migration;
import dev.tidemark.runtime.Operations;
import dev.tidemark.runtime.Revision;
import dev.tidemark.runtime.SafetyPolicy;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.sql.PostgresRenderer;
import dev.tidemark.runtime.testing.PlanRunner;
import dev.tidemark.runtime.testing.Sql;
import dev.tidemark.runtime.testing.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The migrator's view: a chain of revisions, a live database, one decision per revision. */
class RevisionSafetyTest {

  private static final String SCHEMA = "desk";

  private static final Migration CREATE_TRADE = frozen("0001_create_trade", null,
      ops -> ops.createTable("trade", column("id", "bigint").notNull(), column("venue", "text"),
          primaryKey("trade_pkey", "id")),
      ops -> ops.dropTable("trade"));
  private static final Migration ADD_DESK = frozen("0002_add_desk", "0001_create_trade",
      ops -> {
        ops.addColumn("trade", column("desk", "text").notNull());
        ops.createIndex("trade", index("trade_venue_idx", "venue"));
      },
      ops -> {
        ops.dropIndex("trade", "trade_venue_idx");
        ops.dropColumn("trade", "desk");
      });
  private static final List<Migration> CHAIN = List.of(CREATE_TRADE, ADD_DESK);

  private final DataSource database = TestPostgres.freshDatabase();

  private void applyFirstRevision() {
    Sql.execute(database, "create schema " + SCHEMA);
    new PostgresRenderer(SCHEMA).render(Operations.upgradeOf(CREATE_TRADE))
        .forEach(statement -> Sql.execute(database, statement.sql()));
  }

  private RevisionSafety.Decision decide(SafetyPolicy policy, Migration migration) throws SQLException {
    RevisionSafety safety = new RevisionSafety(policy, new PostgresRenderer(SCHEMA), Duration.ofSeconds(1), Duration.ofMinutes(1));
    Schema from = RevisionSafety.schemaAfter(SCHEMA, CHAIN, 1);
    try (Connection connection = database.getConnection()) {
      return safety.decide(from, Operations.upgradeOf(migration), migration.acknowledgements(),
          new LiveTableFacts(connection, SCHEMA));
    }
  }

  @Test
  void aRequiredColumnIsRefusedOnlyWhenTheTableHasRows() throws SQLException {
    applyFirstRevision();

    RevisionSafety.Decision empty = decide(SafetyPolicy.ENHANCED, ADD_DESK);
    assertTrue(empty.report().allowed(), empty.report()::blockedMessage);
    PlanRunner.run(database, empty.plan());
    assertEquals(List.of("id bigint not null", "venue text null", "desk text not null"),
        Sql.columns(database, SCHEMA, "trade"));
    assertEquals(List.of("trade_venue_idx"), Sql.rows(database,
        "select indexname from pg_indexes where schemaname = 'desk' and indexname like '%venue%'"));
  }

  @Test
  void aRevisionCarriesTheAcknowledgementThatLetsItThrough() throws SQLException {
    applyFirstRevision();
    Sql.execute(database, "insert into desk.trade values (1, 'XLON')");

    RevisionSafety.Decision refused = decide(SafetyPolicy.BASIC, ADD_DESK);
    assertFalse(refused.report().allowed());
    assertEquals(List.of("TM201"), refused.report().blocked().stream().map(finding -> finding.rule().id()).toList());

    Migration acknowledged = withAcknowledgements(ADD_DESK,
        Acknowledgement.onPart("TM201", "trade", "desk", "the deploy script empties trade first"));
    assertTrue(decide(SafetyPolicy.BASIC, acknowledged).report().allowed());
  }

  @Test
  void strictRefusesSettingsWithoutAStatementTimeout() {
    assertEquals("TM701", new RevisionSafety(SafetyPolicy.STRICT, new PostgresRenderer(SCHEMA), null, null).settingsFinding()
        .orElseThrow().rule().id());
    assertTrue(new RevisionSafety(SafetyPolicy.ENHANCED, new PostgresRenderer(SCHEMA), null, null).settingsFinding().isEmpty());
  }

  @Test
  void thePlanReadsAsAScript() throws SQLException {
    applyFirstRevision();

    assertEquals("""
        begin;
        alter table "desk"."trade" add column "desk" text not null;
        commit;

        -- only when select exists (select 1 from pg_index i join pg_class c on c.oid = i.indexrelid\
         join pg_namespace n on n.oid = c.relnamespace where n.nspname = ? and c.relname = ?\
         and not i.indisvalid) [desk, trade_venue_idx]
        drop index concurrently if exists "desk"."trade_venue_idx";

        create index concurrently if not exists "trade_venue_idx" on "desk"."trade" ("venue");
        """, decide(SafetyPolicy.ENHANCED, ADD_DESK).plan().script());
  }

  private static Migration withAcknowledgements(Migration migration, Acknowledgement... acknowledgements) {
    return new Migration() {
      @Override
      public Revision revision() {
        return migration.revision();
      }

      @Override
      public void upgrade(Operations operations) {
        migration.upgrade(operations);
      }

      @Override
      public void downgrade(Operations operations) {
        migration.downgrade(operations);
      }

      @Override
      public List<Acknowledgement> acknowledgements() {
        return List.of(acknowledgements);
      }
    };
  }
}
