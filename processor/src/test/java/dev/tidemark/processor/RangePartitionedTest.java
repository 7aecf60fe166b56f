package dev.tidemark.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tidemark.runtime.MigrationCatalog;
import dev.tidemark.runtime.Migrator;
import dev.tidemark.runtime.PartitionReport;
import dev.tidemark.runtime.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @RangePartitioned}: read after the entity reader into the table's model, created with
 * {@code partition by range}, its policy changed by the range partitioning extension's custom
 * operation, and PostgreSQL's key rule checked on the entity.
 */
class RangePartitionedTest {

  private static final String KEY = "good/partitioned/TradeKey.java";
  private static final String PACKAGE = "test.fills.migrations.public_";

  @TempDir
  Path ledgerDir;

  @Test
  void aPartitionedEntityIsCreatedPartitionedAndItsPartitionsAreMadeAtBoot() {
    TidemarkCompiler compiler = new TidemarkCompiler(ledgerDir);

    Compilation compilation = compiler.compileSucceeding(List.of("good/partitioned/v1/Trade.java", KEY));

    assertTrue(compiler.ledgerFiles().get("public/0001_draft.sql").contains(
        "    constraint \"trades_pkey\" primary key (\"trade_date\", \"id\")\n) partition by range (\"trade_date\");"),
        compiler.ledgerFiles().get("public/0001_draft.sql"));
    assertTrue(compiler.ledgerFiles().get("public/head.json").contains("\"partitioning\": {"));
    DataSource database = TestPostgres.freshDatabase();
    Migrator migrator = Migrator.builder(database)
        .catalog(new GeneratedClasses(compilation).instantiate(PACKAGE + ".PublicCatalog", MigrationCatalog.class))
        .devMode(true)
        .build();
    migrator.upgrade();
    PartitionReport report = migrator.maintainPartitions(LocalDate.of(2026, 11, 29));
    assertEquals(List.of("trades_p20261101", "trades_p20261201", "trades_p20270101"), report.created());
    assertTrue(migrator.drift().clean(), migrator.drift()::summary);
  }

  @Test
  void aChangedPolicyIsACustomOperationInTheDraft() throws IOException {
    TidemarkCompiler compiler = new TidemarkCompiler(ledgerDir);
    compiler.compileSucceeding(List.of("good/partitioned/v1/Trade.java", KEY), "-Atidemark.freeze=trades");

    Compilation compilation = compiler.compileSucceeding(List.of("good/partitioned/v2/Trade.java", KEY));

    String source = compilation.generatedSourceFile(PACKAGE + ".V0002_Draft").orElseThrow().getCharContent(true)
        .toString();
    assertTrue(source.contains("ops.custom(\"tidemark.range_partitioning\","), source);
    assertTrue(compiler.ledgerFiles().get("public/0002_draft.sql").contains("-- set range partitioning of trades to"
        + " by trade_date every 1 month, 6 ahead, detach after 24 months (no statement)"),
        compiler.ledgerFiles().get("public/0002_draft.sql"));
    MigrationCatalog catalog =
        new GeneratedClasses(compilation).instantiate(PACKAGE + ".PublicCatalog", MigrationCatalog.class);
    assertEquals(2, catalog.migrations().size());
  }

  @Test
  void makingAnExistingTablePartitionedNeedsAHandWrittenRevision() {
    TidemarkCompiler compiler = new TidemarkCompiler(ledgerDir);
    compiler.compileSucceeding(List.of("good/partitioned/plain/Trade.java", KEY), "-Atidemark.freeze=trades");

    Compilation compilation = compiler.compile(List.of("good/partitioned/v1/Trade.java", KEY));

    assertThat(compilation).hadErrorContaining("[TidemarkHandWrittenChange] Schema public cannot record this change as"
        + " an entity revision: table trades cannot become partitioned by range of trade_date in place")
        .inFile(JavaFileObjects.forResource("good/partitioned/v1/Trade.java"))
        .onLineContaining("public class Trade");
  }

  @Test
  void aKeyWithoutThePartitionColumnAndABadIntervalAreErrorsOnTheAnnotation() {
    TidemarkCompiler compiler = new TidemarkCompiler(ledgerDir);

    Compilation compilation = compiler.compile(List.of("bad/partitioned/Fill.java"));

    assertThat(compilation).hadErrorContaining(Diagnostic.PARTITIONING_INVALID.format("Fill",
        "interval '1 fortnight' is not an interval such as 1 day, 2 weeks, 1 month or 1 year; its primary key [id]"
            + " must include the partition column fill_date, as PostgreSQL requires of a partitioned table (add it"
            + " to the key with @IdClass or @EmbeddedId)"))
        .inFile(JavaFileObjects.forResource("bad/partitioned/Fill.java"))
        .onLineContaining("@RangePartitioned");
  }
}
