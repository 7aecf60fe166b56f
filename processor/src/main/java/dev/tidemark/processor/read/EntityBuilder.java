package dev.tidemark.processor.read;

import dev.tidemark.processor.Diagnostic;
import dev.tidemark.processor.Reporter;
import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.Sequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * One entity's table while its attributes are read, with what the entity adds beside it: the
 * sequences its identifier needs and the tables its collections map to, each in its own schema.
 */
final class EntityBuilder {

  final EntityShape shape;
  final TableBuilder table;
  final List<InSchema<Sequence>> sequences = new ArrayList<>();
  final List<TableBuilder> collectionTables = new ArrayList<>();
  private final Map<VariableElement, String> columnOfField = new HashMap<>();
  /** Columns so far mapped only read-only, which a writable mapping of the same name may define. */
  private final Set<String> readOnlyColumns = new HashSet<>();
  private final Reporter reporter;
  /** While reading a SINGLE_TABLE subclass: the columns Hibernate requires only for its rows. */
  List<String> subclassRequired;
  /** The entity whose attributes are being read: a SINGLE_TABLE subclass names its own collections. */
  TypeElement declaringEntity;

  EntityBuilder(EntityShape shape, Reporter reporter) {
    this(shape, new TableBuilder(shape.schema(), shape.table()), reporter);
  }

  /** Maps attributes of {@code shape} into {@code table}: the collection table of its embeddables. */
  EntityBuilder(EntityShape shape, TableBuilder table, Reporter reporter) {
    this.shape = shape;
    this.table = table;
    this.reporter = reporter;
    this.declaringEntity = shape.entity();
  }

  String columnOf(VariableElement field) {
    return columnOfField.get(field);
  }

  /** Adds the column {@code field} maps; a key column also joins the primary key. */
  void add(VariableElement field, Column column, ColumnType type, String logical, boolean key) {
    add(field, column, type, logical, key, false);
  }

  /**
   * Adds the column {@code field} maps, which may be {@code readOnly} (not insertable, not
   * updatable): then a second mapping of the same column is allowed, and the writable one defines it.
   */
  void add(VariableElement field, Column column, ColumnType type, String logical, boolean key, boolean readOnly) {
    if (table.hasColumn(column.name())) {
      if (readOnly) {
        columnOfField.put(field, column.name());
      } else if (readOnlyColumns.remove(column.name())) {
        table.replace(column, type, logical);
        columnOfField.put(field, column.name());
      } else {
        reporter.error(field, Diagnostic.DUPLICATE_COLUMN, shape.simpleName(), column.name());
      }
      return;
    }
    table.add(column, type, logical);
    if (readOnly) {
      readOnlyColumns.add(column.name());
    }
    columnOfField.put(field, column.name());
    if (key && !column.nullable()) {
      table.primaryKeyColumn(column.name());
    }
  }
}
