package dev.tidemark.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tidemark.runtime.MigrationCatalog;
import dev.tidemark.runtime.Migrator;
import dev.tidemark.runtime.testing.Sql;
import dev.tidemark.runtime.testing.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An enum attribute whose {@code @Enumerated} changes keeps its column, and each stored value keeps
 * the constant it stood for, through the generated upgrade and its downgrade on PostgreSQL.
 */
class EnumRepresentationTest {

  private static final String SIDE = "good/enummapping/Side.java";
  private static final String PACKAGE = "test.orders.migrations.public_";
  private static final String ROWS = "select id || ':' || coalesce(side::text, '-') from tradeorder order by id";

  @TempDir
  Path ledgerDir;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "byordinal | (1, 0), (2, 1), (3, 2), (4, null) | byname  | 1:0,2:1,3:2,4:- | 1:BUY,2:SELL,3:SHORT,4:-",
      "byname | (1, 'SHORT'), (2, 'BUY'), (3, null) | byordinal | 1:SHORT,2:BUY,3:- | 1:2,2:0,3:-"})
  void storedValuesKeepTheirConstantUpAndDown(String before, String rows, String after, String storedBefore,
      String storedAfter) {
    migrateUpAndDown(List.of("good/enummapping/" + before + "/TradeOrder.java", SIDE),
        List.of("good/enummapping/" + after + "/TradeOrder.java", SIDE), rows, storedBefore, storedAfter);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "byordinal | Side.java          | (1, 0), (2, 1), (3, 2), (4, null) | byordinal | numbered/Side.java | 1:0,2:1,3:2,4:-"
          + " | 1:1,2:2,3:5,4:-",
      "byordinal | numbered/Side.java | (1, 1), (2, 2), (3, 5) | byname | lettered/Side.java | 1:1,2:2,3:5 | 1:B,2:S,3:X",
      "byname | Side.java | (1, 'SHORT'), (2, 'BUY'), (3, 'SELL') | byname | lettered/Side.java | 1:SHORT,2:BUY,3:SELL"
          + " | 1:X,2:B,3:S",
      "byname | lettered/Side.java | (1, 'X'), (2, 'B') | byordinal | Side.java | 1:X,2:B | 1:2,2:0"})
  void codesOfEnumeratedValueConvertFromAndToOrdinalsAndNames(String before, String sideBefore, String rows,
      String after, String sideAfter, String storedBefore, String storedAfter) {
    migrateUpAndDown(List.of("good/enummapping/" + before + "/TradeOrder.java", "good/enummapping/" + sideBefore),
        List.of("good/enummapping/" + after + "/TradeOrder.java", "good/enummapping/" + sideAfter), rows,
        storedBefore, storedAfter);
  }

  /**
   * Freezes {@code first} as 0001, drafts {@code second} over it, then: rows inserted at 0001 read
   * {@code storedBefore}; after the upgrade {@code storedAfter}; after the downgrade {@code storedBefore} again.
   */
  private void migrateUpAndDown(List<String> first, List<String> second, String rows, String storedBefore,
      String storedAfter) {
    TidemarkCompiler compiler = new TidemarkCompiler(ledgerDir);
    compiler.compileSucceeding(first, "-Atidemark.freeze=orders");
    Compilation compilation = compiler.compileSucceeding(second);
    DataSource database = TestPostgres.freshDatabase();
    Migrator migrator = Migrator.builder(database)
        .catalog(new GeneratedClasses(compilation).instantiate(PACKAGE + ".PublicCatalog", MigrationCatalog.class))
        .devMode(true)
        .build();

    migrator.upgrade("0001_orders");
    Sql.execute(database, "insert into tradeorder (id, side) values " + rows);
    assertEquals(List.of(storedBefore.split(",")), Sql.rows(database, ROWS));

    migrator.upgrade();
    assertEquals(List.of(storedAfter.split(",")), Sql.rows(database, ROWS), "after the upgrade");

    migrator.downgrade("0001_orders");
    assertEquals(List.of(storedBefore.split(",")), Sql.rows(database, ROWS), "after the downgrade");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "reordered | 1:1,2:2,3:0,4:- | true",
      "inserted  | 1:0,2:2,3:3,4:- | true",
      "appended  | 1:0,2:1,3:2,4:- | false"})
  void reorderedOrdinalsAreConvertedByNameUpAndDown(String sideAfter, String storedAfter, boolean converted) {
    TidemarkCompiler compiler = new TidemarkCompiler(ledgerDir);
    compiler.compileSucceeding(List.of("good/enummapping/byordinal/TradeOrder.java", SIDE), "-Atidemark.freeze=orders");
    Compilation compilation = compiler.compileSucceeding(List.of("good/enummapping/byordinal/TradeOrder.java",
        "good/enummapping/" + sideAfter + "/Side.java"));
    String draft = compiler.ledgerFiles().entrySet().stream()
        .filter(file -> file.getKey().endsWith(".sql") && !file.getKey().contains("0001_orders"))
        .map(Map.Entry::getValue).findFirst().orElseThrow();
    assertEquals(converted, draft.contains("using (case \"side\""), draft);
    DataSource database = TestPostgres.freshDatabase();
    Migrator migrator = Migrator.builder(database)
        .catalog(new GeneratedClasses(compilation).instantiate(PACKAGE + ".PublicCatalog", MigrationCatalog.class))
        .devMode(true)
        .build();

    migrator.upgrade("0001_orders");
    Sql.execute(database, "insert into tradeorder (id, side) values (1, 0), (2, 1), (3, 2), (4, null)");

    migrator.upgrade();
    assertEquals(List.of(storedAfter.split(",")), Sql.rows(database, ROWS), "after the upgrade");

    migrator.downgrade("0001_orders");
    assertEquals(List.of("1:0", "2:1", "3:2", "4:-"), Sql.rows(database, ROWS), "after the downgrade");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "byordinal | byname | fewer | alter column tradeorder.side from smallint to character varying(255), whose"
          + " stored values [2] no longer stand for a constant and would become null",
      "byordinal | byordinal | fewer | add check tradeorder.tradeorder_side_check, which no longer allows the stored"
          + " values [2]",
      "byname | byname | fewer | add check tradeorder.tradeorder_side_check, which no longer allows the stored values"
          + " [SHORT]",
      "byordinal | byordinal | reorderedfewer | alter column tradeorder.side converting its values, whose stored"
          + " values [1] no longer stand for a constant and would become null"})
  void aRemovedConstantIsAQuestionOnTheAttribute(String before, String after, String side, String finding) {
    TidemarkCompiler compiler = new TidemarkCompiler(ledgerDir);
    compiler.compileSucceeding(List.of("good/enummapping/" + before + "/TradeOrder.java", SIDE),
        "-Atidemark.freeze=orders");

    Compilation compilation = compiler.compile(List.of("good/enummapping/" + after + "/TradeOrder.java",
        "good/enummapping/" + side + "/Side.java"));

    assertThat(compilation).hadErrorContaining("[TM105] " + finding)
        .inFile(JavaFileObjects.forResource("good/enummapping/" + after + "/TradeOrder.java"))
        .onLineContaining("private Side side");
    assertThat(compilation).hadErrorCount(1);
  }
}
