package dev.tidemark.runtime.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A table.
 *
 * @param name the table name
 * @param columns the columns in creation order
 * @param primaryKey the primary key, or {@code null} when the table has none
 * @param checks the check constraints, sorted by name
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<CheckConstraint> checks) {

  public Table {
    PostgresNames.requireName(name, "table name");
    columns = List.copyOf(columns);
    checks = checks.stream().sorted(Comparator.comparing(CheckConstraint::name)).toList();
    Set<String> columnNames = new HashSet<>();
    for (Column column : columns) {
      if (!columnNames.add(column.name())) {
        throw new IllegalArgumentException("table " + name + " has column " + column.name() + " twice");
      }
    }
    if (primaryKey != null) {
      for (String keyColumn : primaryKey.columns()) {
        if (!columnNames.contains(keyColumn)) {
          throw new IllegalArgumentException(
              "primary key " + primaryKey.name() + " of table " + name + " names missing column " + keyColumn);
        }
      }
    }
    Set<String> checkNames = new HashSet<>();
    for (CheckConstraint check : checks) {
      if (!checkNames.add(check.name())) {
        throw new IllegalArgumentException("table " + name + " has check " + check.name() + " twice");
      }
    }
  }

  /** A table from the parts a {@code create table} statement lists, in that order. */
  public static Table of(String name, List<? extends TablePart> parts) {
    List<Column> columns = new ArrayList<>();
    List<CheckConstraint> checks = new ArrayList<>();
    PrimaryKey primaryKey = null;
    for (TablePart part : parts) {
      if (part instanceof Column column) {
        columns.add(column);
      } else if (part instanceof CheckConstraint check) {
        checks.add(check);
      } else if (primaryKey != null) {
        throw new IllegalArgumentException("table " + name + " has two primary keys");
      } else {
        primaryKey = (PrimaryKey) part;
      }
    }
    return new Table(name, columns, primaryKey, checks);
  }

  /** The parts in {@code create table} order: columns, then the primary key, then the checks. */
  public List<TablePart> parts() {
    List<TablePart> parts = new ArrayList<>(columns);
    if (primaryKey != null) {
      parts.add(primaryKey);
    }
    parts.addAll(checks);
    return parts;
  }

  public Optional<Column> column(String columnName) {
    return columns.stream().filter(column -> column.name().equals(columnName)).findFirst();
  }

  public Optional<CheckConstraint> check(String checkName) {
    return checks.stream().filter(check -> check.name().equals(checkName)).findFirst();
  }

  public Table withColumn(Column column) {
    List<Column> extended = new ArrayList<>(columns);
    extended.add(column);
    return new Table(name, extended, primaryKey, checks);
  }

  public Table withoutColumn(String columnName) {
    return new Table(
        name,
        columns.stream().filter(column -> !column.name().equals(columnName)).toList(),
        primaryKey,
        checks);
  }

  /** This table with one column replaced by {@code change} applied to it, in the same position. */
  public Table withColumnChanged(String columnName, UnaryOperator<Column> change) {
    List<Column> changed = columns.stream()
        .map(column -> column.name().equals(columnName) ? change.apply(column) : column)
        .toList();
    return new Table(name, changed, primaryKey, checks);
  }

  public Table withPrimaryKey(PrimaryKey newPrimaryKey) {
    return new Table(name, columns, newPrimaryKey, checks);
  }

  public Table withCheck(CheckConstraint check) {
    List<CheckConstraint> extended = new ArrayList<>(checks);
    extended.add(check);
    return new Table(name, columns, primaryKey, extended);
  }

  public Table withoutCheck(String checkName) {
    return new Table(
        name,
        columns,
        primaryKey,
        checks.stream().filter(check -> !check.name().equals(checkName)).toList());
  }
}
