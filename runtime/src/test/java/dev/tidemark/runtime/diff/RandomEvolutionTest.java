package dev.tidemark.runtime.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.runtime.operation.CustomOperation;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.PostgresNames;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Table;
import dev.tidemark.runtime.sql.PostgresRenderer;
import dev.tidemark.runtime.sql.SqlStatement;
import dev.tidemark.runtime.testing.CatalogDump;
import dev.tidemark.runtime.testing.SingleConnectionDataSource;
import dev.tidemark.runtime.testing.Sql;
import dev.tidemark.runtime.testing.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Random model pairs (A, B) on real PostgreSQL: a database holding A with a row in every table is
 * upgraded with diff(A, B) and must then hold exactly the catalog a fresh B has, with the values of
 * surviving columns kept; the downgrade must bring back exactly the catalog of A. A failure prints
 * the seed that reproduces it: {@code -Dtidemark.evolution.seed=N -Dtidemark.evolution.pairs=1}.
 */
class RandomEvolutionTest {

  private static final long FIRST_SEED = Long.getLong("tidemark.evolution.seed", 20_261_124L);
  private static final int PAIRS = Integer.getInteger("tidemark.evolution.pairs", 200);

  private final DataSource database = new SingleConnectionDataSource(TestPostgres.freshDatabase());

  private final Set<Class<?>> exercised = new HashSet<>();

  @Test
  void randomEvolutionsUpgradeAndDowngradeExactlyWithDataInPlace() {
    for (int pair = 0; pair < PAIRS; pair++) {
      long seed = FIRST_SEED + pair;
      try {
        evolve(seed);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("evolution with seed " + seed + " failed (rerun it alone with -Dtidemark.evolution.seed="
            + seed + " -Dtidemark.evolution.pairs=1): " + e.getMessage(), e);
      }
    }
    if (PAIRS >= 200) {
      Set<Class<?>> every = new HashSet<>(Arrays.asList(Operation.class.getPermittedSubclasses()));
      every.removeAll(exercised);
      // Custom operations belong to extensions and are proven by their own tests (RangePartitioningTest).
      every.remove(CustomOperation.class);
      assertEquals(Set.of(), every, "operation kinds no random evolution produced");
    }
  }

  private void evolve(long seed) {
    RandomSchemas random = new RandomSchemas(seed);
    RandomSchemas.Evolution evolution = random.evolve(random.schema("s"));
    Schema a = evolution.from();
    Schema b = evolution.to();
    String live = "evo" + seed;
    List<Operation> upgrade = SchemaDiff.between(a, b, evolution.hints());
    List<Operation> downgrade = SchemaDiff.between(b, a, evolution.hints().reversed());
    upgrade.forEach(operation -> exercised.add(operation.getClass()));
    downgrade.forEach(operation -> exercised.add(operation.getClass()));
    try {
      build(live, a);
      insertOneRowPerTable(live, a);
      Map<String, String> valuesInA = values(live, a);

      run(live, upgrade);
      assertEquals(catalogOf(b, live), CatalogDump.of(database, live), "catalog after upgrade, " + describe(upgrade));
      assertSurvivors(valuesInA, values(live, b), a, b, evolution.hints(), "upgrade");

      run(live, downgrade);
      assertEquals(catalogOf(a, live), CatalogDump.of(database, live), "catalog after downgrade, " + describe(downgrade));
      assertSurvivors(valuesInA, values(live, a), a, b, RenameHints.NONE, "downgrade");
    } finally {
      Sql.execute(database, "drop schema if exists " + PostgresNames.quote(live) + " cascade");
    }
  }

  /** The catalog a fresh database built straight from {@code model} has, named as {@code schema}. */
  private List<String> catalogOf(Schema model, String schema) {
    String fresh = schema + "_fresh";
    try {
      build(fresh, model);
      return CatalogDump.of(database, fresh).stream()
          .map(line -> line.replace(fresh + ".", schema + "."))
          .sorted()
          .toList();
    } finally {
      Sql.execute(database, "drop schema if exists " + PostgresNames.quote(fresh) + " cascade");
    }
  }

  private void build(String schema, Schema model) {
    Sql.execute(database, "create schema " + PostgresNames.quote(schema));
    run(schema, SchemaDiff.between(Schema.empty(model.name()), model));
  }

  private void run(String schema, List<Operation> operations) {
    List<SqlStatement> statements = new PostgresRenderer(schema).render(operations);
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      for (SqlStatement sql : statements) {
        try {
          statement.execute(sql.sql());
        } catch (SQLException e) {
          throw new IllegalStateException("statement failed: " + sql.sql() + ": " + e.getMessage(), e);
        }
      }
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } finally {
      try (Connection connection = database.getConnection()) {
        connection.rollback();
        connection.setAutoCommit(true);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private void insertOneRowPerTable(String schema, Schema model) {
    for (Table table : model.tables()) {
      String columns = table.columns().stream().map(column -> PostgresNames.quote(column.name()))
          .collect(Collectors.joining(", "));
      String values = table.columns().stream().map(RandomEvolutionTest::rowValue).collect(Collectors.joining(", "));
      Sql.execute(database, "insert into " + PostgresNames.qualify(schema, table.name())
          + " (" + columns + ") values (" + values + ")");
    }
  }

  private static String rowValue(Column column) {
    return RandomSchemas.isReference(column) ? "null" : RandomSchemas.Family.of(column.type()).rowValue;
  }

  /** Every value of the one row of every table, as text, keyed {@code table.column}. */
  private Map<String, String> values(String schema, Schema model) {
    Map<String, String> values = new TreeMap<>();
    for (Table table : model.tables()) {
      for (Column column : table.columns()) {
        List<String> rows = Sql.rows(database, "select " + PostgresNames.quote(column.name()) + "::text from "
            + PostgresNames.qualify(schema, table.name()));
        values.put(table.name() + "." + column.name(), rows.isEmpty() ? "<no row>" : rows.get(0));
      }
    }
    return values;
  }

  /** Columns of A that B still has (under their new names) with the same type keep their value. */
  private static void assertSurvivors(Map<String, String> valuesInA, Map<String, String> after, Schema a, Schema b,
      RenameHints hints, String direction) {
    for (Table table : a.tables()) {
      String tableInB = rename(hints.tables().stream()
          .filter(rename -> rename.from().equals(table.name())).map(RenameHints.TableRename::to).findFirst(),
          table.name());
      Optional<Table> survivor = b.table(tableInB);
      if (survivor.isEmpty()) {
        continue;
      }
      for (Column column : table.columns()) {
        String columnInB = rename(hints.columns().stream()
            .filter(rename -> rename.table().equals(tableInB) && rename.from().equals(column.name()))
            .map(RenameHints.ColumnRename::to).findFirst(), column.name());
        Optional<Column> kept = survivor.get().column(columnInB);
        if (kept.isPresent() && kept.get().type().equals(column.type()) && a.table(tableInB).isEmpty() == !tableInB.equals(table.name())) {
          String key = tableInB + "." + columnInB;
          if (after.containsKey(key)) {
            assertEquals(valuesInA.get(table.name() + "." + column.name()), after.get(key),
                "value of " + key + " after " + direction);
          }
        }
      }
    }
  }

  private static String rename(Optional<String> renamed, String name) {
    return renamed.orElse(name);
  }

  private static String describe(List<Operation> operations) {
    return "operations: " + operations.stream().map(Operation::describe).toList();
  }
}
