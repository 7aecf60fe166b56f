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
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * One entity's table while its attributes are read, with what the entity adds beside it: the
 * sequences its identifier needs and the tables its collections map to, each in its own schema.
 */
final class EntityBuilder {

  final EntityShape shape;
  final TableBuilder table;
  final List<InSchema<Sequence>> sequences = new ArrayList<>();
  final List<TableBuilder> collectionTables = new ArrayList<>();
  /** Collection tables named like an entity's table, which Hibernate merges into that table. */
  final List<TableBuilder> sharedTables = new ArrayList<>();
  private final Map<Element, String> columnOfField = new HashMap<>();
  /** The path of the attribute that maps each column, for the order of a composite key's attributes. */
  private final Map<String, String> attributeOfColumn = new HashMap<>();
  /** The secondary tables of the entity by stored name, which {@code @Column(table)} places columns in. */
  final Map<String, TableBuilder> secondaryTables = new HashMap<>();
  /** Columns so far mapped only read-only ({@code table.column}), which a writable mapping may define. */
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

  String columnOf(Element field) {
    return columnOfField.get(field);
  }

  String attributeOf(String column) {
    return attributeOfColumn.get(column);
  }

  /** Names the key attribute path of {@code column} when it is more than its attribute's name: a join column. */
  void attributePath(String column, String path) {
    attributeOfColumn.put(column, path);
  }

  /** Adds the column {@code field} maps; a key column also joins the primary key. */
  void add(Element field, Column column, ColumnType type, String logical, boolean key) {
    add(table, field, column, type, logical, key, false);
  }

  /**
   * Adds the column {@code field} maps to {@code target} (this entity's table or one of its
   * secondary tables), which may be {@code readOnly} (not insertable, not updatable): then a second
   * mapping of the same column is allowed, and the writable one defines it.
   */
  void add(TableBuilder target, Element field, Column column, ColumnType type, String logical, boolean key,
      boolean readOnly) {
    String qualified = target.storedName() + "." + column.name();
    if (target.hasColumn(column.name())) {
      if (readOnly) {
        columnOfField.put(field, column.name());
      } else if (readOnlyColumns.remove(qualified)) {
        target.replace(column, type, logical);
        columnOfField.put(field, column.name());
      } else {
        reporter.error(field, Diagnostic.DUPLICATE_COLUMN, shape.simpleName(), column.name());
      }
      return;
    }
    target.add(column, type, logical);
    attributeOfColumn.put(column.name(), AttributeAccess.name(field));
    if (readOnly) {
      readOnlyColumns.add(qualified);
    }
    columnOfField.put(field, column.name());
    if (key && !column.nullable()) {
      target.primaryKeyColumn(column.name());
    }
  }
}
