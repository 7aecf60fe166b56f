package dev.tidemark.processor.read;

import dev.tidemark.runtime.schema.CheckConstraint;
import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.ForeignKey;
import dev.tidemark.runtime.schema.Index;
import dev.tidemark.runtime.schema.PostgresNames;
import dev.tidemark.runtime.schema.PrimaryKey;
import dev.tidemark.runtime.schema.Table;
import dev.tidemark.runtime.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns, keys and constraints of one table, collected while the mappers read the attributes
 * that map to it. Column types stay structured until {@link #table()} builds the schema model.
 */
final class TableBuilder {

  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

  private final String schema;
  private final PhysicalName name;
  private final Map<String, Column> columns = new LinkedHashMap<>();
  private final Map<String, ColumnType> types = new LinkedHashMap<>();
  /** Each column's name as mapped, before naming: what a join column referencing it is named after. */
  private final Map<String, String> logicalNames = new LinkedHashMap<>();
  private final List<String> primaryKey = new ArrayList<>();
  private final List<UniqueConstraint> uniques = new ArrayList<>();
  private final List<CheckConstraint> checks = new ArrayList<>();
  private final List<ForeignKey> foreignKeys = new ArrayList<>();
  private final List<Index> indexes = new ArrayList<>();
  /** The natural id's columns by attribute name, the order Hibernate binds attributes in. */
  private final Map<String, List<String>> naturalId = new TreeMap<>();
  private String comment;

  /** A table named {@code name} in {@code schema}, the schema's name as stored. */
  TableBuilder(String schema, PhysicalName name) {
    this.schema = schema;
    this.name = name;
  }

  /** The schema of the table, as stored. */
  String schema() {
    return schema;
  }

  PhysicalName name() {
    return name;
  }

  String storedName() {
    return name.stored();
  }

  boolean hasColumn(String column) {
    return columns.containsKey(column);
  }

  ColumnType typeOf(String column) {
    return types.get(column);
  }

  /**
   * The name Hibernate gives {@code column} before PostgreSQL folds it ({@code Product_id}, stored
   * as {@code product_id}): its logical name when that differs only in case, else the stored name.
   */
  private String hibernateName(String column) {
    String logical = logicalNames.get(column);
    return logical != null && new PhysicalName(logical, false).stored().equals(column) ? logical : column;
  }

  String logicalName(String column) {
    return logicalNames.get(column);
  }

  /**
   * Adds {@code column} of type {@code type} (its nullability, default and comment already set);
   * false when the table already has a column of that name.
   */
  boolean add(Column column, ColumnType type, String logical) {
    if (columns.containsKey(column.name())) {
      return false;
    }
    columns.put(column.name(), column);
    types.put(column.name(), type);
    logicalNames.put(column.name(), logical);
    return true;
  }

  /** Replaces the column of {@code column}'s name, keeping its place. */
  void replace(Column column, ColumnType type, String logical) {
    columns.put(column.name(), column);
    types.put(column.name(), type);
    logicalNames.put(column.name(), logical);
  }

  /** A nullable column of {@code type} named {@code physical}, as a starting point to shape. */
  static Column column(PhysicalName physical, ColumnType type) {
    return Column.column(physical.stored(), type.sql());
  }

  /** The columns declared not null so far, in order. */
  List<String> requiredColumns() {
    return columns.values().stream().filter(column -> !column.nullable()).map(Column::name).toList();
  }

  void primaryKeyColumn(String column) {
    primaryKey.add(column);
  }

  List<String> primaryKeyColumns() {
    return ConstraintColumnOrder.sort(primaryKey, types, this::hibernateName);
  }

  void unique(List<String> columnNames) {
    uniques.add(new UniqueConstraint(PostgresNames.uniqueKeyName(storedName(), columnNames), columnNames));
  }

  void unique(UniqueConstraint unique) {
    uniques.add(unique);
  }

  void naturalIdColumn(String attribute, String column) {
    naturalId.computeIfAbsent(attribute, name -> new ArrayList<>()).add(column);
  }

  void check(CheckConstraint check) {
    checks.add(check);
  }

  /** A check on one column, named as PostgreSQL names it: {@code <table>_<column>_check}. */
  void columnCheck(String column, String expression) {
    columnCheck(column, expression, List.of());
  }

  /** An enum's check on one column, with the constant each value it allows stands for. */
  void columnCheck(String column, String expression, List<String> enumConstants) {
    checks.add(new CheckConstraint(PostgresNames.columnCheckName(storedName(), column), expression, enumConstants));
  }

  /**
   * A foreign key from {@code columns} to {@code referencedColumns} of {@code referenced}'s table,
   * in whichever schema that is: named as {@code declared} says, else by Hibernate's hash (of table
   * names only); none where {@code declared} says NO_CONSTRAINT.
   */
  void foreignKey(Optional<ForeignKeyAnnotation> declared, List<PhysicalName> columns, EntityShape referenced,
      List<String> referencedColumns, ForeignKey.Action onDelete) {
    PhysicalName referencedTable = referenced.table();
    if (declared.map(ForeignKeyAnnotation::none).orElse(false)) {
      return;
    }
    String constraint = declared.flatMap(ForeignKeyAnnotation::name)
        .map(given -> Naming.verbatim(given).stored())
        .orElseGet(() -> Naming.foreignKeyName(name, referencedTable, columns));
    foreignKeys.add(new ForeignKey(constraint, columns.stream().map(PhysicalName::stored).toList(),
        referencedTable.stored(), referencedColumns, onDelete, ForeignKey.Action.NO_ACTION,
        referenced.schema().equals(schema) ? null : referenced.schema()));
  }

  void index(Index index) {
    indexes.add(index);
  }

  void comment(String text) {
    comment = text;
  }

  /** PostgreSQL names an unnamed table check after the one column it uses, if it uses exactly one. */
  String tableCheckName(String expression) {
    Set<String> used = new TreeSet<>();
    Matcher words = WORD.matcher(expression.replaceAll("'[^']*'", ""));
    while (words.find()) {
      String word = words.group().toLowerCase(Locale.ROOT);
      if (columns.containsKey(word)) {
        used.add(word);
      }
    }
    return PostgresNames.tableCheckName(storedName(), used.size() == 1 ? used.iterator().next() : null);
  }

  Table table() {
    String table = storedName();
    PrimaryKey key = primaryKey.isEmpty() ? null
        : new PrimaryKey(PostgresNames.primaryKeyName(table), primaryKeyColumns());
    List<UniqueConstraint> allUniques = new ArrayList<>(uniques);
    if (!naturalId.isEmpty()) {
      List<String> columnsOfKey = naturalId.values().stream().flatMap(List::stream).toList();
      allUniques.add(new UniqueConstraint(PostgresNames.uniqueKeyName(table, columnsOfKey), columnsOfKey));
    }
    return new Table(table, List.copyOf(columns.values()), key, allUniques, checks, foreignKeys, indexes, comment);
  }
}
