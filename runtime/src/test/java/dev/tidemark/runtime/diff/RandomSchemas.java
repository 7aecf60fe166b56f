package dev.tidemark.runtime.diff;

import static dev.tidemark.runtime.schema.Column.column;

import dev.tidemark.runtime.schema.CheckConstraint;
import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.ForeignKey;
import dev.tidemark.runtime.schema.Index;
import dev.tidemark.runtime.schema.PostgresNames;
import dev.tidemark.runtime.schema.PrimaryKey;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Sequence;
import dev.tidemark.runtime.schema.Table;
import dev.tidemark.runtime.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Random schema models and random evolutions of them, built so that every migration between two
 * of them is valid on a table holding one row: not-null columns have defaults (so they can be
 * added back), foreign key columns ({@code ref...}) hold null, checks hold for the row's values,
 * type changes stay within a family of types whose values cast.
 */
public final class RandomSchemas {

  /** Types whose values (and defaults) cast into each other, with the row value and two defaults. */
  enum Family {
    INTEGER(List.of("smallint", "integer", "bigint"), "1", "0", "2"),
    TEXT(List.of("character varying(8)", "character varying(32)", "text"), "'a'", "'x'", "'y'"),
    NUMERIC(List.of("numeric(10,2)", "numeric(12,4)", "numeric(20,2)"), "1", "0", "3"),
    BOOLEAN(List.of("boolean"), "true", "false", "true"),
    DATE(List.of("date"), "date '2024-01-02'", "'2020-01-01'::date", "'2021-06-30'::date"),
    UUID(List.of("uuid"), "'00000000-0000-0000-0000-000000000001'", "gen_random_uuid()",
        "'00000000-0000-0000-0000-000000000002'::uuid");

    final List<String> types;
    final String rowValue;
    final List<String> defaults;

    Family(List<String> types, String rowValue, String firstDefault, String secondDefault) {
      this.types = types;
      this.rowValue = rowValue;
      this.defaults = List.of(firstDefault, secondDefault);
    }

    static Family of(String type) {
      for (Family family : values()) {
        if (family.types.contains(type)) {
          return family;
        }
      }
      throw new IllegalArgumentException("no family for " + type);
    }
  }

  /** A target model and the hints that say which of its differences are renames. */
  public record Evolution(Schema from, Schema to, RenameHints hints) {}

  private final Random random;
  private int names;

  public RandomSchemas(long seed) {
    this.random = new Random(seed);
  }

  public Schema schema(String name) {
    Schema schema = Schema.empty(name);
    for (int i = 1 + random.nextInt(4); i > 0; i--) {
      schema = schema.withTable(table());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      schema = schema.withSequence(new Sequence(next("seq"), 1 + random.nextInt(5), 1 + random.nextInt(50)));
    }
    for (Table table : List.copyOf(schema.tables())) {
      if (random.nextInt(3) == 0) {
        schema = withForeignKey(schema, table.name());
      }
    }
    return schema;
  }

  public Evolution evolve(Schema from) {
    Schema to = from;
    List<RenameHints.TableRename> tableRenames = new ArrayList<>();
    List<RenameHints.ColumnRename> columnRenames = new ArrayList<>();
    for (int i = 1 + random.nextInt(6); i > 0; i--) {
      Schema before = to;
      try {
        to = mutate(to, tableRenames, columnRenames);
      } catch (IllegalArgumentException invalid) {
        // The model refused the result (say, a foreign key left without the key it references): skip it.
        to = before;
      }
      if (to.tables().isEmpty()) {
        to = before;
      }
    }
    return new Evolution(from, to, new RenameHints(tableRenames, columnRenames));
  }

  private Schema mutate(Schema to, List<RenameHints.TableRename> tableRenames,
      List<RenameHints.ColumnRename> columnRenames) {
    // Column changes (type, nullability, default) are drawn three times as often as the rest.
    int kind = random.nextInt(24);
    return switch (kind >= 18 ? 6 + (kind - 18) % 3 : kind) {
      case 0 -> to.withTable(table());
      case 1 -> dropTable(to);
      case 2 -> {
        Table table = pick(to.tables());
        String renamed = next("t");
        renameTable(tableRenames, columnRenames, table.name(), renamed);
        Schema moved = to.withTableRenamed(table.name(), renamed);
        Table movedTable = moved.table(renamed).orElseThrow();
        // The primary key is named after the table, as Hibernate's naming would name it; indexes may be too.
        movedTable = movedTable.withConstraintRenamed(movedTable.primaryKey().name(), renamed + "_pkey");
        for (Index index : movedTable.indexes()) {
          movedTable = random.nextBoolean() ? movedTable.withIndexRenamed(index.name(), next("idx")) : movedTable;
        }
        yield moved.withTable(movedTable);
      }
      case 3 -> alterTable(to, table -> table.withColumn(newColumn()));
      case 4 -> dropColumn(to);
      case 5 -> {
        Table table = pick(to.tables());
        Column column = pickPlain(table);
        if (column == null) {
          yield to;
        }
        String renamed = next("c");
        renameColumn(columnRenames, table.name(), column.name(), renamed);
        yield to.withColumnRenamed(table.name(), column.name(), renamed);
      }
      case 6 -> alterColumn(to, column -> {
        List<String> types = new ArrayList<>(Family.of(column.type()).types);
        types.remove(column.type());
        return types.isEmpty() ? column : column.withType(pick(types));
      });
      case 7 -> alterColumn(to, column -> column.nullable()
          ? column.withNullable(false).defaultValue(pick(Family.of(column.type()).defaults))
          : column.withNullable(true));
      case 8 -> alterColumn(to, column -> column.nullable() && column.defaultValue() != null
          ? column.defaultValue(null)
          : column.defaultValue(otherDefault(column)));
      case 9 -> alterTable(to, table -> {
        Column id = table.column("id").orElseThrow();
        return table.withColumnChanged("id", column -> column.withIdentity(!id.identity()));
      });
      case 10 -> alterTable(to, table -> {
        Column column = pickPlain(table);
        String name = table.name() + "_" + (column == null ? "" : column.name()) + "_key";
        return column == null || table.uniques().stream().anyMatch(unique -> unique.name().equals(name))
            ? table : table.withUnique(new UniqueConstraint(name, List.of(column.name())));
      });
      case 11 -> alterTable(to, table -> table.uniques().isEmpty()
          ? table : table.withoutConstraint(pick(table.uniques()).name()));
      case 12 -> alterTable(to, table -> table.indexes().isEmpty() ? withIndex(table)
          : table.withoutIndex(pick(table.indexes()).name()));
      case 13 -> {
        Table table = pick(to.tables());
        if (!table.foreignKeys().isEmpty() && random.nextBoolean()) {
          ForeignKey key = pick(table.foreignKeys());
          yield to.withTable(table.withoutConstraint(key.name())
              .withForeignKey(key.onDelete(pick(List.of(ForeignKey.Action.values())))));
        }
        yield withForeignKey(to, table.name());
      }
      case 14 -> alterTable(to, table -> table.checks().isEmpty() ? withCheck(table)
          : table.withoutConstraint(pick(table.checks()).name()));
      case 15 -> sequences(to);
      case 16 -> changePrimaryKey(to);
      default -> alterTable(to, table -> random.nextBoolean()
          ? table.withComment(table.comment() == null ? "about " + table.name() : null)
          : table.withColumnChanged(pick(table.columns()).name(),
              column -> column.comment(column.comment() == null ? "it's " + column.name() : null)));
    };
  }

  // ---- renames, composed as a hint on the final name would give them (t1 -> t2 -> t3 is t1 -> t3) ----

  private static void renameTable(List<RenameHints.TableRename> tables, List<RenameHints.ColumnRename> columns,
      String from, String to) {
    String original = tables.stream().filter(rename -> rename.to().equals(from)).map(RenameHints.TableRename::from)
        .findFirst().orElse(from);
    tables.removeIf(rename -> rename.to().equals(from));
    tables.add(new RenameHints.TableRename(original, to));
    columns.replaceAll(rename -> rename.table().equals(from)
        ? new RenameHints.ColumnRename(to, rename.from(), rename.to()) : rename);
  }

  private static void renameColumn(List<RenameHints.ColumnRename> columns, String table, String from, String to) {
    String original = columns.stream().filter(rename -> rename.table().equals(table) && rename.to().equals(from))
        .map(RenameHints.ColumnRename::from).findFirst().orElse(from);
    columns.removeIf(rename -> rename.table().equals(table) && rename.to().equals(from));
    columns.add(new RenameHints.ColumnRename(table, original, to));
  }

  // ---- tables ----

  private Table table() {
    String name = next("t");
    Column id = column("id", "bigint").notNull();
    List<Column> columns = new ArrayList<>(List.of(random.nextInt(3) == 0 ? id.asIdentity() : id));
    for (int i = 1 + random.nextInt(5); i > 0; i--) {
      columns.add(newColumn());
    }
    Table table = new Table(name, columns, new PrimaryKey(name + "_pkey", List.of("id")), List.of(), List.of(),
        List.of(), List.of(), random.nextInt(3) == 0 ? "the " + name + " table" : null);
    if (random.nextInt(3) == 0) {
      table = withCheck(table);
    }
    if (random.nextInt(3) == 0) {
      table = withIndex(table);
    }
    return table;
  }

  private Column newColumn() {
    Family family = pick(List.of(Family.values()));
    Column column = column(next("c"), pick(family.types));
    if (random.nextBoolean()) {
      column = column.notNull().defaultValue(pick(family.defaults));
    } else if (random.nextInt(3) == 0) {
      column = column.defaultValue(pick(family.defaults));
    }
    return random.nextInt(5) == 0 ? column.comment("the " + column.name()) : column;
  }

  private Table withCheck(Table table) {
    List<Column> integers = table.columns().stream()
        .filter(column -> !column.name().equals("id") && !isReference(column))
        .filter(column -> Family.of(column.type()) == Family.INTEGER)
        .toList();
    if (integers.isEmpty()) {
      return table;
    }
    Column column = pick(integers);
    String name = table.name() + "_" + column.name() + "_check";
    return table.checks().stream().anyMatch(check -> check.name().equals(name)) ? table
        : table.withCheck(new CheckConstraint(name, PostgresNames.quote(column.name()) + " >= 0"));
  }

  private Table withIndex(Table table) {
    List<String> keys = new ArrayList<>();
    keys.add(pick(table.columns()).name() + (random.nextBoolean() ? " desc" : ""));
    Column second = pick(table.columns());
    if (random.nextBoolean() && keys.stream().noneMatch(key -> key.startsWith(second.name()))) {
      keys.add(second.name());
    }
    return table.withIndex(Index.index(next("idx"), keys.toArray(String[]::new)));
  }

  private Schema withForeignKey(Schema schema, String tableName) {
    Table table = schema.table(tableName).orElseThrow();
    Table target = pick(schema.tables());
    String column = next("ref");
    ForeignKey key = ForeignKey.foreignKey(next("fk"), column)
        .references(target.name().equals(tableName) ? tableName : target.name(), "id")
        .onDelete(pick(List.of(ForeignKey.Action.values())));
    return schema.withTable(table.withColumn(column(column, "bigint")).withForeignKey(key));
  }

  private Schema dropTable(Schema schema) {
    Table dropped = pick(schema.tables());
    Schema unreferenced = schema;
    for (Table table : schema.tables()) {
      for (ForeignKey key : table.foreignKeys()) {
        if (key.referencedTable().equals(dropped.name()) && !table.name().equals(dropped.name())) {
          unreferenced = unreferenced.withTable(
              unreferenced.table(table.name()).orElseThrow().withoutConstraint(key.name()));
        }
      }
    }
    return unreferenced.withoutTable(dropped.name());
  }

  private Schema dropColumn(Schema schema) {
    Table table = pick(schema.tables());
    List<Column> droppable = table.columns().stream()
        .filter(column -> !table.primaryKey().columns().contains(column.name()))
        .toList();
    if (droppable.isEmpty()) {
      return schema;
    }
    String column = pick(droppable).name();
    Table changed = table;
    for (UniqueConstraint unique : table.uniques()) {
      changed = unique.columns().contains(column) ? changed.withoutConstraint(unique.name()) : changed;
    }
    for (CheckConstraint check : table.checks()) {
      changed = check.expression().contains(PostgresNames.quote(column)) ? changed.withoutConstraint(check.name()) : changed;
    }
    for (ForeignKey key : table.foreignKeys()) {
      changed = key.columns().contains(column) ? changed.withoutConstraint(key.name()) : changed;
    }
    for (Index index : table.indexes()) {
      changed = index.keys().stream().anyMatch(key -> key.column().equals(column)) ? changed.withoutIndex(index.name()) : changed;
    }
    return schema.withTable(changed.withoutColumn(column));
  }

  /**
   * Widens a primary key from (id) to (id, c), or narrows it back. Foreign keys reference (id), so a
   * referenced table keeps a unique (id) for them, and those foreign keys must be rebuilt around the
   * change of key.
   */
  private Schema changePrimaryKey(Schema schema) {
    Table table = pick(schema.tables());
    String name = table.primaryKey().name();
    if (table.primaryKey().columns().size() > 1) {
      return schema.withTable(table.withoutConstraint(name).withPrimaryKey(new PrimaryKey(name, List.of("id"))));
    }
    List<Column> candidates = table.columns().stream()
        .filter(column -> !column.nullable() && !column.name().equals("id") && !isReference(column))
        .toList();
    if (candidates.isEmpty()) {
      return schema;
    }
    Table widened = table.withoutConstraint(name)
        .withPrimaryKey(new PrimaryKey(name, List.of("id", pick(candidates).name())));
    String idKey = table.name() + "_id_key";
    boolean referenced = schema.tables().stream().flatMap(other -> other.foreignKeys().stream())
        .anyMatch(key -> key.referencedTable().equals(table.name()));
    if (referenced && widened.uniques().stream().noneMatch(unique -> unique.columns().equals(List.of("id")))) {
      widened = widened.withUnique(new UniqueConstraint(idKey, List.of("id")));
    }
    return schema.withTable(widened);
  }

  private Schema sequences(Schema schema) {
    if (schema.sequences().isEmpty() || random.nextInt(3) == 0) {
      return schema.withSequence(new Sequence(next("seq"), 1, 1 + random.nextInt(50)));
    }
    Sequence sequence = pick(schema.sequences());
    return random.nextBoolean() ? schema.withoutSequence(sequence.name())
        : schema.withSequence(new Sequence(sequence.name(), sequence.start() + 1, sequence.increment() + 1));
  }

  // ---- helpers ----

  private Schema alterTable(Schema schema, UnaryOperator<Table> change) {
    return schema.withTable(change.apply(pick(schema.tables())));
  }

  /** Changes a plain column: not the key, not a foreign key column, so rows and references stay valid. */
  private Schema alterColumn(Schema schema, UnaryOperator<Column> change) {
    Table table = pick(schema.tables());
    Column column = pickPlain(table);
    if (column == null || inCheck(table, column)) {
      return schema;
    }
    return schema.withTable(table.withColumnChanged(column.name(), change));
  }

  private Column pickPlain(Table table) {
    List<Column> plain = table.columns().stream()
        .filter(column -> !table.primaryKey().columns().contains(column.name()) && !isReference(column))
        .toList();
    return plain.isEmpty() ? null : pick(plain);
  }

  private static boolean inCheck(Table table, Column column) {
    return table.checks().stream().anyMatch(check -> check.expression().contains(PostgresNames.quote(column.name())));
  }

  private String otherDefault(Column column) {
    List<String> defaults = new ArrayList<>(Family.of(column.type()).defaults);
    defaults.remove(column.defaultValue());
    return pick(defaults);
  }

  static boolean isReference(Column column) {
    return column.name().startsWith("ref");
  }

  private String next(String prefix) {
    return prefix + (++names);
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
