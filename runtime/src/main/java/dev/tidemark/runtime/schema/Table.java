package dev.tidemark.runtime.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A table.
 *
 * @param name the table name
 * @param columns the columns in creation order
 * @param primaryKey the primary key, or {@code null} when the table has none
 * @param uniques the unique constraints, sorted by name
 * @param checks the check constraints, sorted by name
 * @param foreignKeys the foreign keys, sorted by name
 * @param indexes the indexes other than those backing constraints, sorted by name
 * @param comment the table comment, or {@code null}
 * @param partitioning its range partitioning, or {@code null} for a plain table
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
    List<CheckConstraint> checks, List<ForeignKey> foreignKeys, List<Index> indexes, String comment,
    RangePartitioning partitioning) {

  public Table {
    PostgresNames.requireName(name, "table name");
    columns = List.copyOf(columns);
    uniques = uniques.stream().sorted(Comparator.comparing(UniqueConstraint::name)).toList();
    checks = checks.stream().sorted(Comparator.comparing(CheckConstraint::name)).toList();
    foreignKeys = foreignKeys.stream().sorted(Comparator.comparing(ForeignKey::name)).toList();
    indexes = indexes.stream().sorted(Comparator.comparing(Index::name)).toList();
    Set<String> columnNames = new HashSet<>();
    for (Column column : columns) {
      if (!columnNames.add(column.name())) {
        throw new IllegalArgumentException("table " + name + " has column " + column.name() + " twice");
      }
    }
    List<List<String>> referenced = new ArrayList<>();
    if (primaryKey != null) {
      referenced.add(primaryKey.columns());
    }
    uniques.forEach(unique -> referenced.add(unique.columns()));
    foreignKeys.forEach(key -> referenced.add(key.columns()));
    indexes.forEach(index -> referenced.add(index.keys().stream().map(Index.Key::column).toList()));
    for (List<String> keyColumns : referenced) {
      for (String column : keyColumns) {
        if (!columnNames.contains(column)) {
          throw new IllegalArgumentException("a key of table " + name + " names missing column " + column);
        }
      }
    }
    if (partitioning != null) {
      requirePartitionKeyIn(name, columnNames, partitioning.column(), primaryKey, uniques);
    }
    Set<String> constraintNames = new HashSet<>();
    Stream.of(Stream.ofNullable(primaryKey).map(PrimaryKey::name), uniques.stream().map(UniqueConstraint::name),
            checks.stream().map(CheckConstraint::name), foreignKeys.stream().map(ForeignKey::name))
        .flatMap(names -> names)
        .forEach(constraint -> {
          if (!constraintNames.add(constraint)) {
            throw new IllegalArgumentException("table " + name + " has constraint " + constraint + " twice");
          }
        });
  }

  /** A plain table, not partitioned. */
  public Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
      List<CheckConstraint> checks, List<ForeignKey> foreignKeys, List<Index> indexes, String comment) {
    this(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment, null);
  }

  /**
   * PostgreSQL's rule for a partitioned table: its primary key and unique constraints must include
   * the partition column, since each partition enforces them on its own rows only.
   */
  private static void requirePartitionKeyIn(String table, Set<String> columnNames, String column, PrimaryKey primaryKey,
      List<UniqueConstraint> uniques) {
    if (!columnNames.contains(column)) {
      throw new IllegalArgumentException("table " + table + " is partitioned by missing column " + column);
    }
    if (primaryKey != null && !primaryKey.columns().contains(column)) {
      throw new IllegalArgumentException("the primary key of table " + table + " must include its partition column "
          + column);
    }
    for (UniqueConstraint unique : uniques) {
      if (!unique.columns().contains(column)) {
        throw new IllegalArgumentException("unique constraint " + unique.name() + " of table " + table
            + " must include its partition column " + column);
      }
    }
  }

  /** A table from the parts a {@code create table} statement lists, in that order. */
  public static Table of(String name, List<? extends TablePart> parts) {
    List<Column> columns = new ArrayList<>();
    List<UniqueConstraint> uniques = new ArrayList<>();
    List<CheckConstraint> checks = new ArrayList<>();
    PrimaryKey primaryKey = null;
    RangePartitioning partitioning = null;
    for (TablePart part : parts) {
      if (part instanceof RangePartitioning range) {
        partitioning = range;
      } else if (part instanceof Column column) {
        columns.add(column);
      } else if (part instanceof UniqueConstraint unique) {
        uniques.add(unique);
      } else if (part instanceof CheckConstraint check) {
        checks.add(check);
      } else if (primaryKey != null) {
        throw new IllegalArgumentException("table " + name + " has two primary keys");
      } else {
        primaryKey = (PrimaryKey) part;
      }
    }
    return new Table(name, columns, primaryKey, uniques, checks, List.of(), List.of(), null, partitioning);
  }

  /** The parts in {@code create table} order: columns, then the primary key, uniques, checks and partitioning. */
  public List<TablePart> parts() {
    List<TablePart> parts = new ArrayList<>(columns);
    if (primaryKey != null) {
      parts.add(primaryKey);
    }
    parts.addAll(uniques);
    parts.addAll(checks);
    if (partitioning != null) {
      parts.add(partitioning);
    }
    return parts;
  }

  /** What {@code create table} creates: no foreign keys, indexes or comments, which follow on their own. */
  public Table createdPart() {
    return new Table(name, columns.stream().map(column -> column.comment(null)).toList(), primaryKey, uniques, checks,
        List.of(), List.of(), null, partitioning);
  }

  public Optional<Column> column(String columnName) {
    return columns.stream().filter(column -> column.name().equals(columnName)).findFirst();
  }

  public Optional<Index> index(String indexName) {
    return indexes.stream().filter(index -> index.name().equals(indexName)).findFirst();
  }

  /** Whether a constraint of this name exists: primary key, unique, check or foreign key. */
  public boolean hasConstraint(String constraintName) {
    return (primaryKey != null && primaryKey.name().equals(constraintName))
        || uniques.stream().anyMatch(unique -> unique.name().equals(constraintName))
        || checks.stream().anyMatch(check -> check.name().equals(constraintName))
        || foreignKeys.stream().anyMatch(key -> key.name().equals(constraintName));
  }

  /** Whether a primary key, unique constraint or unique index covers exactly {@code columns}. */
  public boolean hasKeyOn(Set<String> columns) {
    return (primaryKey != null && Set.copyOf(primaryKey.columns()).equals(columns))
        || uniques.stream().anyMatch(unique -> Set.copyOf(unique.columns()).equals(columns))
        || indexes.stream().anyMatch(index -> index.unique()
            && index.keys().stream().map(Index.Key::column).collect(Collectors.toSet()).equals(columns));
  }

  public Table withColumn(Column column) {
    List<Column> extended = new ArrayList<>(columns);
    extended.add(column);
    return new Table(name, extended, primaryKey, uniques, checks, foreignKeys, indexes, comment, partitioning);
  }

  public Table withoutColumn(String columnName) {
    return new Table(name, columns.stream().filter(column -> !column.name().equals(columnName)).toList(),
        primaryKey, uniques, checks, foreignKeys, indexes, comment, partitioning);
  }

  /** This table with one column replaced by {@code change} applied to it, in the same position. */
  public Table withColumnChanged(String columnName, UnaryOperator<Column> change) {
    List<Column> changed = columns.stream()
        .map(column -> column.name().equals(columnName) ? change.apply(column) : column)
        .toList();
    return new Table(name, changed, primaryKey, uniques, checks, foreignKeys, indexes, comment, partitioning);
  }

  /**
   * This table with a column renamed everywhere PostgreSQL follows the rename: keys, indexes, its
   * own foreign keys and check expressions (which always quote identifiers).
   */
  public Table withColumnRenamed(String from, String to) {
    String quotedFrom = PostgresNames.quote(from);
    String quotedTo = PostgresNames.quote(to);
    return new Table(name,
        columns.stream().map(column -> column.name().equals(from) ? column.withName(to) : column).toList(),
        primaryKey == null ? null : primaryKey.withColumnRenamed(from, to),
        uniques.stream().map(unique -> unique.withColumnRenamed(from, to)).toList(),
        checks.stream().map(check -> check.withExpression(check.expression().replace(quotedFrom, quotedTo))).toList(),
        foreignKeys.stream().map(key -> key.withColumnRenamed(name, name, from, to)).toList(),
        indexes.stream().map(index -> index.withColumnRenamed(from, to)).toList(),
        comment, partitioning == null ? null : partitioning.withColumnRenamed(from, to));
  }

  /** This table with the foreign keys that reference {@code table} following a rename of its column. */
  Table withReferencedColumnRenamed(String table, String from, String to) {
    return new Table(name, columns, primaryKey, uniques, checks,
        foreignKeys.stream().map(key -> key.withColumnRenamed(table, name.equals(table) ? "" : name, from, to)).toList(),
        indexes, comment, partitioning);
  }

  Table withReferencedTableRenamed(String from, String to) {
    return new Table(name, columns, primaryKey, uniques, checks,
        foreignKeys.stream().map(key -> !key.crossSchema() && key.referencedTable().equals(from) ? key.withReferencedTable(to) : key)
            .toList(),
        indexes, comment, partitioning);
  }

  public Table withName(String newName) {
    return new Table(newName, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment, partitioning);
  }

  public Table withPrimaryKey(PrimaryKey newPrimaryKey) {
    return new Table(name, columns, newPrimaryKey, uniques, checks, foreignKeys, indexes, comment, partitioning);
  }

  public Table withUnique(UniqueConstraint unique) {
    return new Table(name, columns, primaryKey, append(uniques, unique), checks, foreignKeys, indexes, comment,
        partitioning);
  }

  public Table withCheck(CheckConstraint check) {
    return new Table(name, columns, primaryKey, uniques, append(checks, check), foreignKeys, indexes, comment,
        partitioning);
  }

  public Table withForeignKey(ForeignKey key) {
    return new Table(name, columns, primaryKey, uniques, checks, append(foreignKeys, key), indexes, comment,
        partitioning);
  }

  public Table withIndex(Index index) {
    return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, append(indexes, index), comment,
        partitioning);
  }

  public Table withoutIndex(String indexName) {
    return new Table(name, columns, primaryKey, uniques, checks, foreignKeys,
        indexes.stream().filter(index -> !index.name().equals(indexName)).toList(), comment, partitioning);
  }

  public Table withPartitioning(RangePartitioning newPartitioning) {
    return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment, newPartitioning);
  }

  public Table withComment(String newComment) {
    return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, newComment, partitioning);
  }

  /** This table without the constraint named {@code constraintName}, whatever its kind. */
  public Table withoutConstraint(String constraintName) {
    return new Table(name, columns,
        primaryKey != null && primaryKey.name().equals(constraintName) ? null : primaryKey,
        uniques.stream().filter(unique -> !unique.name().equals(constraintName)).toList(),
        checks.stream().filter(check -> !check.name().equals(constraintName)).toList(),
        foreignKeys.stream().filter(key -> !key.name().equals(constraintName)).toList(),
        indexes, comment, partitioning);
  }

  /** This table with a constraint renamed, whatever its kind. */
  public Table withConstraintRenamed(String from, String to) {
    return new Table(name, columns,
        primaryKey != null && primaryKey.name().equals(from) ? new PrimaryKey(to, primaryKey.columns()) : primaryKey,
        uniques.stream().map(unique -> unique.name().equals(from) ? new UniqueConstraint(to, unique.columns()) : unique)
            .toList(),
        checks.stream().map(check -> check.name().equals(from) ? check.withName(to) : check)
            .toList(),
        foreignKeys.stream().map(key -> key.name().equals(from) ? key.withName(to) : key).toList(),
        indexes, comment, partitioning);
  }

  public Table withIndexRenamed(String from, String to) {
    return new Table(name, columns, primaryKey, uniques, checks, foreignKeys,
        indexes.stream().map(index -> index.name().equals(from) ? new Index(to, index.keys(), index.unique()) : index)
            .toList(),
        comment, partitioning);
  }

  private static <T> List<T> append(List<T> list, T element) {
    List<T> extended = new ArrayList<>(list);
    extended.add(element);
    return extended;
  }
}
