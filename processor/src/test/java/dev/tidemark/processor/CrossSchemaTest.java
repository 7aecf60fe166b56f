package dev.tidemark.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tidemark.runtime.MigrationCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model over several schemas: each schema keeps its own ledger, a foreign key names the schema
 * it crosses into, and each generated catalog names the schemas it must be migrated after.
 * {@link HibernateOracleTest} judges the schema itself ({@code cross_schema_*} models).
 */
class CrossSchemaTest {

  private static final JavaFileObject CURRENCY = JavaFileObjects.forSourceString("desk.Currency", """
      package desk;
      import jakarta.persistence.*;
      @Entity @Table(schema = "reference") public class Currency { @Id private String code; }
      """);
  private static final JavaFileObject BOOK = JavaFileObjects.forSourceString("desk.Book", """
      package desk;
      import jakarta.persistence.*;
      @Entity @Table(schema = "trading")
      public class Book {
        @Id @GeneratedValue(generator = "books")
        @SequenceGenerator(name = "books", sequenceName = "book_ids", schema = "trading", catalog = "elsewhere")
        private long id;
        @ManyToOne private Currency currency;
      }
      """);

  @TempDir
  Path ledgerDir;

  @Test
  void eachSchemaKeepsItsLedgerAndItsCatalogNamesTheSchemasItReferences() {
    Compilation compilation = new TidemarkCompiler(ledgerDir).compileFiles(List.of(CURRENCY, BOOK),
        "-Atidemark.package=desk.migrations");
    assertThat(compilation).succeeded();

    Map<String, String> ledger = new TidemarkCompiler(ledgerDir).ledgerFiles();
    String tradingHead = ledger.get(Path.of("trading", "head.json").toString());
    assertTrue(tradingHead.contains("\"referenced_schema\": \"reference\""), tradingHead);
    assertTrue(tradingHead.contains("\"book_ids\""), tradingHead);
    assertTrue(ledger.containsKey(Path.of("reference", "head.json").toString()), ledger.keySet()::toString);

    GeneratedClasses classes = new GeneratedClasses(compilation);
    assertEquals(Set.of("reference"), classes.instantiate("desk.migrations.trading.TradingCatalog",
        MigrationCatalog.class).referencedSchemas());
    assertEquals(Set.of(), classes.instantiate("desk.migrations.reference.ReferenceCatalog",
        MigrationCatalog.class).referencedSchemas());
  }

  @Test
  void aSequenceGeneratorCatalogIsIgnoredAsHibernateIgnoresItOnPostgres() {
    Compilation compilation = new TidemarkCompiler(ledgerDir).compileFiles(List.of(CURRENCY, BOOK),
        "-Atidemark.package=desk.migrations");

    assertThat(compilation).hadWarningContaining("[TidemarkCatalogIgnored] @SequenceGenerator(catalog = \"elsewhere\")"
        + " on Book.id is ignored").inFile(BOOK).onLineContaining("@SequenceGenerator");
  }
}
