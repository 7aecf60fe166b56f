package dev.tidemark.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tidemark.runtime.schema.Column.column;
import static dev.tidemark.runtime.schema.PrimaryKey.primaryKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import dev.tidemark.processor.ledger.LedgerRevision;
import dev.tidemark.processor.write.MigrationWriter;
import dev.tidemark.runtime.Migration;
import dev.tidemark.runtime.Operations;
import dev.tidemark.runtime.operation.CreateTable;
import dev.tidemark.runtime.operation.DropTable;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.schema.Table;
import dev.tidemark.runtime.testing.EveryOperation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated Java for every operation kind compiles and rebuilds exactly the ledger's operations. */
class MigrationWriterTest {

  @Test
  void generatedCodeForEveryOperationKindRebuildsTheSameOperations() {
    List<Operation> upgrade = EveryOperation.list();
    List<Operation> downgrade = new ArrayList<>(upgrade);
    Collections.reverse(downgrade);
    LedgerRevision revision = new LedgerRevision("0007_everything", "0006_before", false, "everything", upgrade, downgrade);
    MigrationWriter writer = new MigrationWriter("trading", "test.generated", List.of());
    JavaFile source = writer.migration(revision);

    Compilation compilation = Compiler.javac().compile(
        JavaFileObjects.forSourceString(writer.className(revision).canonicalName(), source.toString()));

    assertThat(compilation).succeededWithoutWarnings();
    Migration migration = new GeneratedClasses(compilation)
        .instantiate(writer.className(revision).canonicalName(), Migration.class);
    assertEquals(upgrade, Operations.upgradeOf(migration));
    assertEquals(downgrade, Operations.downgradeOf(migration));
    assertEquals(revision.revision(), migration.revision());
  }

  @Test
  void aRevisionOfTenThousandTablesIsSplitIntoPartsThatCompile() {
    List<Operation> upgrade = new ArrayList<>();
    List<Operation> downgrade = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      String table = String.format("instrument_%05d", i);
      upgrade.add(new CreateTable(Table.of(table, List.of(
          column("id", "bigint").notNull(),
          column("code_" + i, "character varying(40)"),
          primaryKey(table + "_pkey", "id")))));
      downgrade.add(0, new DropTable(table));
    }
    LedgerRevision revision = new LedgerRevision("0001_initial", null, false, "initial", upgrade, downgrade);
    MigrationWriter writer = new MigrationWriter("trading", "test.generated", List.of());
    String source = writer.migration(revision).toString();

    Compilation compilation = Compiler.javac().compile(
        JavaFileObjects.forSourceString(writer.className(revision).canonicalName(), source));

    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(source.contains("UpgradePart1.apply(ops);"), "the upgrade delegates to its parts");
    assertTrue(source.contains("DowngradePart1.apply(ops);"), "the downgrade delegates to its parts");
    Migration migration = new GeneratedClasses(compilation)
        .instantiate(writer.className(revision).canonicalName(), Migration.class);
    assertEquals(upgrade, Operations.upgradeOf(migration));
    assertEquals(downgrade, Operations.downgradeOf(migration));
  }
}
