package dev.tidemark.runtime.internal.safety;

import static dev.tidemark.runtime.schema.CheckConstraint.check;
import static dev.tidemark.runtime.schema.Column.column;
import static dev.tidemark.runtime.schema.ForeignKey.foreignKey;
import static dev.tidemark.runtime.schema.Index.index;
import static dev.tidemark.runtime.schema.PrimaryKey.primaryKey;
import static dev.tidemark.runtime.schema.RangePartitioning.rangePartitioned;
import static dev.tidemark.runtime.schema.UniqueConstraint.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.runtime.Acknowledgement;
import dev.tidemark.runtime.Operations;
import dev.tidemark.runtime.SafetyPolicy;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.partition.AlterRangePartitioning;
import dev.tidemark.runtime.schema.RangePartitioning;
import dev.tidemark.runtime.schema.Schema;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SafetyReviewTest {

  /** book(id), trade(id, venue, price, book_id, booked_at, status) with a check proving status not null. */
  private static final Schema FROM = schema(ops -> {
    ops.createTable("book", column("id", "bigint").notNull(), primaryKey("book_pkey", "id"));
    ops.createTable("trade",
        column("id", "bigint").notNull(),
        column("venue", "character varying(20)"),
        column("price", "numeric(20,8)").notNull().defaultValue("0"),
        column("book_id", "bigint"),
        column("booked_at", "timestamp(6) with time zone"),
        column("status", "character varying(8)"),
        column("seq", "bigint").asIdentity(),
        primaryKey("trade_pkey", "id"),
        check("trade_status_present", "(\"status\" IS NOT NULL)"));
    ops.createIndex("trade", index("trade_booked_at_idx", "booked_at"));
  });

  private static Schema schema(Consumer<Operations> build) {
    Operations ops = new Operations();
    build.accept(ops);
    Schema schema = Schema.empty("desk");
    for (Operation operation : ops.list()) {
      schema = operation.applyTo(schema);
    }
    return schema;
  }

  private static List<Operation> ops(Consumer<Operations> build) {
    Operations ops = new Operations();
    build.accept(ops);
    return ops.list();
  }

  private static SafetyReport review(SafetyPolicy policy, Consumer<Operations> build, Acknowledgement... acks) {
    return SafetyReview.review(policy, FROM, ops(build), List.of(acks), TableFacts.UNKNOWN);
  }

  /** Each finding as {@code TM102 trade.venue BLOCKED}. */
  private static List<String> findings(SafetyPolicy policy, Consumer<Operations> build, Acknowledgement... acks) {
    return summary(review(policy, build, acks));
  }

  private static List<String> summary(SafetyReport report) {
    return report.findings().stream()
        .map(finding -> finding.rule().id() + " " + finding.hazard().target() + " " + finding.verdict())
        .toList();
  }

  @Test
  void aCustomOperationThatDropsRowsIsDataLossAndOneThatKeepsThemIsNot() {
    Schema plain = schema(ops -> ops.createTable("fill", column("id", "bigint").notNull(),
        column("filled_on", "date").notNull(), primaryKey("fill_pkey", "id", "filled_on")));
    RangePartitioning detaching = rangePartitioned("filled_on").retention("12 months", RangePartitioning.Expired.DETACH);
    Schema partitioned = plain.withTable(plain.table("fill").orElseThrow().withPartitioning(detaching));
    RangePartitioning dropping = rangePartitioned("filled_on").retention("12 months", RangePartitioning.Expired.DROP);
    RangePartitioning longer = rangePartitioned("filled_on").retention("24 months", RangePartitioning.Expired.DETACH);

    SafetyReport drops = SafetyReview.review(SafetyPolicy.BASIC, partitioned,
        List.of(new AlterRangePartitioning("fill", detaching, dropping)), List.of(), TableFacts.UNKNOWN);
    SafetyReport keeps = SafetyReview.review(SafetyPolicy.STRICT, partitioned,
        List.of(new AlterRangePartitioning("fill", detaching, longer)), List.of(), TableFacts.UNKNOWN);

    assertEquals(List.of("TM104 fill BLOCKED"), summary(drops));
    assertEquals(List.of(), summary(keeps));
  }

  @ParameterizedTest
  @EnumSource(SafetyPolicy.class)
  void dataLossIsBlockedUnderEveryPolicy(SafetyPolicy policy) {
    String rewrite = policy == SafetyPolicy.BASIC ? "WARNED" : "BLOCKED";
    assertEquals(List.of("TM101 book BLOCKED"), findings(policy, ops -> ops.dropTable("book")));
    assertEquals(List.of("TM102 trade.venue BLOCKED"), findings(policy, ops -> ops.dropColumn("trade", "venue")));
    assertEquals(List.of("TM103 trade.venue BLOCKED", "TM301 trade.venue " + rewrite),
        findings(policy, ops -> ops.alterColumnType("trade", "venue", "character varying(10)")));
    assertEquals(List.of("TM103 trade.price BLOCKED", "TM301 trade.price " + rewrite),
        findings(policy, ops -> ops.alterColumnType("trade", "price", "numeric(20,2)")));
  }

  @Test
  void requiredColumnWithoutDefaultIsBlockedUnlessTheTableIsKnownEmpty() {
    Consumer<Operations> addRequired = ops -> ops.addColumn("trade", column("desk", "text").notNull());

    assertEquals(List.of("TM201 trade.desk BLOCKED", "TM503 trade.desk WARNED"),
        findings(SafetyPolicy.BASIC, addRequired));
    SafetyReport empty = SafetyReview.review(SafetyPolicy.BASIC, FROM, ops(addRequired), List.of(),
        table -> !table.equals("trade"));
    assertEquals(List.of("TM503 trade.desk WARNED"), summary(empty));
    assertEquals(List.of("TM503 trade.desk BLOCKED"), summary(SafetyReview.review(SafetyPolicy.STRICT, FROM,
        ops(addRequired), List.of(), table -> false)));
    assertEquals(List.of(),
        findings(SafetyPolicy.STRICT, ops -> ops.addColumn("trade", column("desk", "text").notNull()
            .defaultValue("'main'::text"))));
  }

  @Test
  void rewritesWarnUnderBasicAndBlockUnderEnhanced() {
    Consumer<Operations> widen = ops -> ops.alterColumnType("trade", "book_id", "numeric(30,0)");
    Consumer<Operations> volatileDefault = ops -> ops.addColumn("trade",
        column("token", "uuid").defaultValue("gen_random_uuid()"));
    Consumer<Operations> identity = ops -> ops.addColumn("trade", column("rank", "bigint").asIdentity());

    assertEquals(List.of("TM301 trade.book_id WARNED"), findings(SafetyPolicy.BASIC, widen));
    assertEquals(List.of("TM301 trade.book_id BLOCKED"), findings(SafetyPolicy.ENHANCED, widen));
    assertEquals(List.of("TM302 trade.token WARNED"), findings(SafetyPolicy.BASIC, volatileDefault));
    assertEquals(List.of("TM302 trade.token BLOCKED"), findings(SafetyPolicy.ENHANCED, volatileDefault));
    assertEquals(List.of("TM303 trade.rank BLOCKED"), findings(SafetyPolicy.STRICT, identity));
  }

  @Test
  void metadataOnlyChangesHaveNoFindings() {
    assertEquals(List.of(), findings(SafetyPolicy.STRICT, ops -> {
      ops.alterColumnType("trade", "venue", "character varying(64)");
      ops.alterColumnType("trade", "status", "text");
      ops.alterColumnType("trade", "price", "numeric(24,8)");
      ops.addColumn("trade", column("created", "timestamp(6) with time zone").notNull().defaultValue("now()"));
      ops.addColumn("trade", column("fee", "numeric(20,8)").defaultValue("0.5::numeric(20,8)"));
      ops.addColumn("trade", column("note", "text").defaultValue("'it''s random()'::text"));
      ops.setDefault("trade", "venue", "'XLON'");
      ops.dropNotNull("trade", "price");
      ops.commentOnColumn("trade", "venue", "MIC");
    }));
  }

  @Test
  void longLocksWarnUnderBasicAndAreRenderedSafelyUnderEnhanced() {
    Consumer<Operations> locking = ops -> {
      ops.createIndex("trade", index("trade_book_idx", "book_id"));
      ops.addForeignKey("trade", foreignKey("trade_book_fk", "book_id").references("book", "id"));
      ops.addCheck("trade", check("trade_price_check", "\"price\" >= 0"));
      ops.addUnique("trade", unique("trade_venue_key", "venue"));
      ops.dropIndex("trade", "trade_booked_at_idx");
      ops.setDefault("trade", "venue", "'XLON'");
      ops.setNotNull("trade", "venue");
    };
    List<String> targets = List.of("TM401 trade.trade_book_idx", "TM402 trade.trade_book_fk",
        "TM403 trade.trade_price_check", "TM404 trade.trade_venue_key", "TM407 trade.trade_booked_at_idx",
        "TM406 trade.venue");

    assertEquals(targets.stream().map(target -> target + " WARNED").toList(), findings(SafetyPolicy.BASIC, locking));
    SafetyReport enhanced = review(SafetyPolicy.ENHANCED, locking);
    assertEquals(targets.stream().map(target -> target + " RENDERED_SAFELY").toList(), summary(enhanced));
    assertTrue(enhanced.allowed());
    assertTrue(enhanced.rendersSafely(0));
    assertFalse(enhanced.rendersSafely(5), "set default has no finding");
  }

  @Test
  void addingAPrimaryKeyIsALongLock() {
    Schema keyless = FROM.withTable(FROM.table("book").orElseThrow().withoutConstraint("book_pkey"));
    List<Operation> addKey = ops(ops -> ops.addPrimaryKey("book", primaryKey("book_pkey", "id")));

    assertEquals(List.of("TM405 book.book_pkey RENDERED_SAFELY"),
        summary(SafetyReview.review(SafetyPolicy.ENHANCED, keyless, addKey, List.of(), TableFacts.UNKNOWN)));
  }

  @Test
  void setNotNullNeedsNoScanWhenACheckProvesIt() {
    assertEquals(List.of("TM503 trade.status WARNED"), findings(SafetyPolicy.ENHANCED,
        ops -> ops.setNotNull("trade", "status")));
    assertEquals(List.of("TM406 trade.venue RENDERED_SAFELY", "TM503 trade.venue WARNED"),
        findings(SafetyPolicy.ENHANCED, ops -> ops.setNotNull("trade", "venue")));
  }

  @Test
  void breakingChangesWarnUntilStrictBlocksThem() {
    Consumer<Operations> breaking = ops -> {
      ops.renameTable("book", "books");
      ops.renameColumn("trade", "venue", "mic");
      ops.dropDefault("trade", "price");
      ops.dropIdentity("trade", "seq");
    };
    List<String> targets = List.of("TM501 books", "TM502 trade.mic", "TM504 trade.price", "TM504 trade.seq");

    assertEquals(targets.stream().map(target -> target + " WARNED").toList(),
        findings(SafetyPolicy.ENHANCED, breaking));
    assertEquals(targets.stream().map(target -> target + " BLOCKED").toList(), findings(SafetyPolicy.STRICT, breaking));
  }

  @Test
  void tablesCreatedInTheSameRevisionAreExempt() {
    assertEquals(List.of(), findings(SafetyPolicy.ENHANCED, ops -> {
      ops.createTable("fill", column("id", "bigint").notNull(), column("trade_id", "bigint"),
          column("qty", "integer"), primaryKey("fill_pkey", "id"));
      ops.renameTable("fill", "fills");
      ops.addColumn("fills", column("venue", "text").notNull());
      ops.alterColumnType("fills", "qty", "smallint");
      ops.setNotNull("fills", "trade_id");
      ops.addForeignKey("fills", foreignKey("fills_trade_fk", "trade_id").references("trade", "id"));
      ops.createIndex("fills", index("fills_trade_idx", "trade_id"));
      ops.dropColumn("fills", "qty");
      ops.createTable("scratch", column("id", "bigint"));
      ops.dropTable("scratch");
    }));
  }

  @Test
  void anAcknowledgementAcceptsExactlyTheRiskItNames() {
    Consumer<Operations> drops = ops -> {
      ops.dropColumn("trade", "venue");
      ops.dropColumn("trade", "status");
    };
    Acknowledgement venue = Acknowledgement.onPart("TM102", "trade", "venue", "unused since release 41");
    Acknowledgement wrongRule = Acknowledgement.onPart("TM101", "trade", "status", "wrong rule");

    SafetyReport report = review(SafetyPolicy.BASIC, drops, venue, wrongRule);

    assertEquals(List.of("TM102 trade.venue ACKNOWLEDGED", "TM102 trade.status BLOCKED"), summary(report));
    assertEquals(List.of(wrongRule), report.unusedAcknowledgements());
    assertFalse(report.allowed());
    assertTrue(report.findings().get(0).message().endsWith("Acknowledged: unused since release 41"));
  }

  @Test
  void anAcknowledgedLongLockRunsInItsPlainForm() {
    SafetyReport report = review(SafetyPolicy.ENHANCED,
        ops -> ops.createIndex("trade", index("trade_book_idx", "book_id")),
        Acknowledgement.onPart("TM401", "trade", "trade_book_idx", "small table, needs the transaction"));

    assertEquals(List.of("TM401 trade.trade_book_idx ACKNOWLEDGED"), summary(report));
    assertFalse(report.rendersSafely(0));
  }

  @Test
  void strictHoldsNewTablesToGoodDesign() {
    Consumer<Operations> poorTable = ops -> {
      ops.createTable("fill", column("id", "integer").notNull(), column("trade_id", "bigint"),
          column("filled_at", "timestamp(6) without time zone"), primaryKey("fill_pkey", "id"));
      ops.addForeignKey("fill", foreignKey("fill_trade_fk", "trade_id").references("trade", "id"));
    };
    Consumer<Operations> goodTable = ops -> {
      ops.createTable("fill", column("id", "bigint").notNull(), column("trade_id", "bigint"),
          column("filled_at", "timestamp(6) with time zone"), primaryKey("fill_pkey", "id"));
      ops.addForeignKey("fill", foreignKey("fill_trade_fk", "trade_id").references("trade", "id"));
      ops.createIndex("fill", index("fill_trade_idx", "trade_id", "filled_at"));
    };

    assertEquals(List.of("TM601 fill.id BLOCKED", "TM602 fill.filled_at BLOCKED", "TM603 fill.fill_trade_fk BLOCKED"),
        findings(SafetyPolicy.STRICT, poorTable));
    assertEquals(List.of(), findings(SafetyPolicy.ENHANCED, poorTable));
    assertEquals(List.of(), findings(SafetyPolicy.STRICT, goodTable));
  }

  @Test
  void strictRequiresAStatementTimeout() {
    assertEquals("TM701", SafetyReview.timeouts(SafetyPolicy.STRICT, null).orElseThrow().rule().id());
    assertTrue(SafetyReview.timeouts(SafetyPolicy.STRICT, Duration.ofMinutes(5)).isEmpty());
    assertTrue(SafetyReview.timeouts(SafetyPolicy.ENHANCED, null).isEmpty());
  }

  @Test
  void aBlockedFindingSaysWhatToDoInstead() {
    SafetyReport report = review(SafetyPolicy.BASIC, ops -> ops.dropColumn("trade", "venue"));

    assertEquals("[TM102] drop column trade.venue: dropping a column deletes its values. Instead: "
            + Rule.DROP_COLUMN.safeAlternative()
            + " Or accept it: @Acknowledge(rule = \"TM102\", on = \"trade.venue\", reason = \"...\")",
        report.blockedMessage());
  }

  @Test
  void ruleIdsAreUniqueAndGroupedByKind() {
    Set<String> ids = Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toSet());
    assertEquals(Rule.values().length, ids.size());
    for (Rule rule : Rule.values()) {
      assertEquals(rule, Rule.byId(rule.id()).orElseThrow());
      int group = rule.id().charAt(2) - '0';
      assertEquals(rule.kind().ordinal() + 1, group, rule + " is numbered in the group of its kind");
    }
  }
}
