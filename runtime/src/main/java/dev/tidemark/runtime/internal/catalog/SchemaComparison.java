package dev.tidemark.runtime.internal.catalog;

import static dev.tidemark.runtime.Drift.Kind.CHANGED_CHECK;
import static dev.tidemark.runtime.Drift.Kind.CHANGED_FOREIGN_KEY;
import static dev.tidemark.runtime.Drift.Kind.CHANGED_INDEX;
import static dev.tidemark.runtime.Drift.Kind.CHANGED_PRIMARY_KEY;
import static dev.tidemark.runtime.Drift.Kind.CHANGED_SEQUENCE;
import static dev.tidemark.runtime.Drift.Kind.CHANGED_UNIQUE;
import static dev.tidemark.runtime.Drift.Kind.COLUMN_COMMENT;
import static dev.tidemark.runtime.Drift.Kind.COLUMN_DEFAULT;
import static dev.tidemark.runtime.Drift.Kind.COLUMN_IDENTITY;
import static dev.tidemark.runtime.Drift.Kind.COLUMN_NULLABILITY;
import static dev.tidemark.runtime.Drift.Kind.COLUMN_TYPE;
import static dev.tidemark.runtime.Drift.Kind.EXTRA_CHECK;
import static dev.tidemark.runtime.Drift.Kind.EXTRA_COLUMN;
import static dev.tidemark.runtime.Drift.Kind.EXTRA_FOREIGN_KEY;
import static dev.tidemark.runtime.Drift.Kind.EXTRA_INDEX;
import static dev.tidemark.runtime.Drift.Kind.EXTRA_PRIMARY_KEY;
import static dev.tidemark.runtime.Drift.Kind.EXTRA_SEQUENCE;
import static dev.tidemark.runtime.Drift.Kind.EXTRA_TABLE;
import static dev.tidemark.runtime.Drift.Kind.EXTRA_UNIQUE;
import static dev.tidemark.runtime.Drift.Kind.MISSING_CHECK;
import static dev.tidemark.runtime.Drift.Kind.MISSING_COLUMN;
import static dev.tidemark.runtime.Drift.Kind.MISSING_FOREIGN_KEY;
import static dev.tidemark.runtime.Drift.Kind.MISSING_INDEX;
import static dev.tidemark.runtime.Drift.Kind.MISSING_PRIMARY_KEY;
import static dev.tidemark.runtime.Drift.Kind.MISSING_SEQUENCE;
import static dev.tidemark.runtime.Drift.Kind.MISSING_TABLE;
import static dev.tidemark.runtime.Drift.Kind.MISSING_UNIQUE;
import static dev.tidemark.runtime.Drift.Kind.PARTITIONING;
import static dev.tidemark.runtime.Drift.Kind.TABLE_COMMENT;

import dev.tidemark.runtime.Drift;
import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.ForeignKey;
import dev.tidemark.runtime.schema.Index;
import dev.tidemark.runtime.schema.RangePartitioning;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Sequence;
import dev.tidemark.runtime.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Names each difference between an expected schema and a live one, both read from PostgreSQL's
 * catalog so that types, defaults and check expressions are compared in the form the server prints.
 * Column order is not compared: PostgreSQL appends added columns.
 */
public final class SchemaComparison {

  private final List<Drift> differences = new ArrayList<>();

  private SchemaComparison() {}

  public static List<Drift> between(Schema expected, Schema live) {
    SchemaComparison comparison = new SchemaComparison();
    comparison.compareNamed("", expected.tables(), liveTablesBut(detachedPartitions(expected, live), live),
        Table::name, MISSING_TABLE, EXTRA_TABLE, null, table -> "table");
    for (Table table : expected.tables()) {
      live.table(table.name()).ifPresent(found -> comparison.compareTables(table, found));
    }
    comparison.compareNamed("", expected.sequences(), live.sequences(), Sequence::name, MISSING_SEQUENCE,
        EXTRA_SEQUENCE, CHANGED_SEQUENCE, sequence -> "start " + sequence.start() + " increment " + sequence.increment());
    return List.copyOf(comparison.differences);
  }

  /**
   * The live tables named as partitions of a table the model partitions: a partition past its
   * retention that maintenance detached (the DETACH policy) stays a table of its own, with its rows,
   * until someone archives it; that is the policy working, not drift. Attached partitions are not
   * read as tables at all.
   */
  private static List<String> detachedPartitions(Schema expected, Schema live) {
    return live.tables().stream().map(Table::name)
        .filter(name -> expected.table(name).isEmpty())
        .filter(name -> expected.tables().stream().anyMatch(table -> table.partitioning() != null
            && RangePartitioning.isPartitionName(table.name(), name)))
        .toList();
  }

  private static List<Table> liveTablesBut(List<String> left, Schema live) {
    return live.tables().stream().filter(table -> !left.contains(table.name())).toList();
  }

  private void compareTables(Table expected, Table live) {
    String table = expected.name();
    if (!Objects.equals(expected.comment(), live.comment())) {
      differences.add(new Drift(TABLE_COMMENT, table, expected.comment(), live.comment()));
    }
    boolean samePartitioning = expected.partitioning() == null ? live.partitioning() == null
        : expected.partitioning().sameKey(live.partitioning());
    if (!samePartitioning) {
      differences.add(new Drift(PARTITIONING, table, partitioning(expected), partitioning(live)));
    }
    String prefix = table + ".";
    compareNamed(prefix, expected.columns(), live.columns(), Column::name, MISSING_COLUMN, EXTRA_COLUMN, null,
        Column::describe);
    for (Column column : expected.columns()) {
      live.column(column.name()).ifPresent(found -> compareColumns(prefix + column.name(), column, found));
    }
    compareNamed(prefix, Stream.ofNullable(expected.primaryKey()).toList(),
        Stream.ofNullable(live.primaryKey()).toList(), key -> key.name(), MISSING_PRIMARY_KEY, EXTRA_PRIMARY_KEY,
        CHANGED_PRIMARY_KEY, key -> "primary key " + key.columns());
    compareNamed(prefix, expected.uniques(), live.uniques(), unique -> unique.name(), MISSING_UNIQUE, EXTRA_UNIQUE,
        CHANGED_UNIQUE, unique -> "unique " + unique.columns());
    compareNamed(prefix, expected.checks(), live.checks(), check -> check.name(), MISSING_CHECK, EXTRA_CHECK,
        CHANGED_CHECK, check -> "check " + check.expression());
    compareNamed(prefix, expected.foreignKeys(), live.foreignKeys(), ForeignKey::name, MISSING_FOREIGN_KEY,
        EXTRA_FOREIGN_KEY, CHANGED_FOREIGN_KEY, SchemaComparison::describe);
    compareNamed("", expected.indexes(), live.indexes(), Index::name, MISSING_INDEX, EXTRA_INDEX, CHANGED_INDEX,
        index -> (index.unique() ? "unique index on " : "index on ") + table + index.columnSpecs());
  }

  private void compareColumns(String name, Column expected, Column live) {
    if (!expected.type().equals(live.type())) {
      differences.add(new Drift(COLUMN_TYPE, name, expected.type(), live.type()));
    }
    if (expected.identity() != live.identity()) {
      differences.add(new Drift(COLUMN_IDENTITY, name, identity(expected), identity(live)));
    } else if (expected.nullable() != live.nullable()) {
      differences.add(new Drift(COLUMN_NULLABILITY, name, nullability(expected), nullability(live)));
    }
    if (!Objects.equals(expected.defaultValue(), live.defaultValue())) {
      differences.add(new Drift(COLUMN_DEFAULT, name, expected.defaultValue(), live.defaultValue()));
    }
    if (!Objects.equals(expected.comment(), live.comment())) {
      differences.add(new Drift(COLUMN_COMMENT, name, expected.comment(), live.comment()));
    }
  }

  /**
   * Objects matched by name: missing, extra, or (when {@code changed} is given) present under the
   * same name with another definition, as {@code describe} prints it.
   */
  private <T> void compareNamed(String prefix, List<T> expected, List<T> live, Function<T, String> name,
      Drift.Kind missing, Drift.Kind extra, Drift.Kind changed, Function<T, String> describe) {
    for (T wanted : expected) {
      Optional<T> found = live.stream().filter(candidate -> name.apply(candidate).equals(name.apply(wanted)))
          .findFirst();
      if (found.isEmpty()) {
        differences.add(new Drift(missing, prefix + name.apply(wanted), describe.apply(wanted), null));
      } else if (changed != null && !found.get().equals(wanted)) {
        differences.add(new Drift(changed, prefix + name.apply(wanted), describe.apply(wanted),
            describe.apply(found.get())));
      }
    }
    for (T present : live) {
      if (expected.stream().noneMatch(candidate -> name.apply(candidate).equals(name.apply(present)))) {
        differences.add(new Drift(extra, prefix + name.apply(present), null, describe.apply(present)));
      }
    }
  }

  private static String describe(ForeignKey key) {
    return "foreign key " + key.columns() + " references "
        + (key.crossSchema() ? key.referencedSchema() + "." : "") + key.referencedTable() + key.referencedColumns()
        + " on delete " + key.onDelete().sql() + " on update " + key.onUpdate().sql();
  }

  private static String partitioning(Table table) {
    return table.partitioning() == null ? "not partitioned" : "partitioned by range (" + table.partitioning().column() + ")";
  }

  private static String identity(Column column) {
    return column.identity() ? "identity" : "not identity";
  }

  private static String nullability(Column column) {
    return column.nullable() ? "null" : "not null";
  }
}
