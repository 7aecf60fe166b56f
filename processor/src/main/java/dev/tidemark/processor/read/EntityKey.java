package dev.tidemark.processor.read;

import java.util.List;

/**
 * An entity's primary key columns, resolved once per build and then used by every association,
 * join table and collection table that references the entity.
 *
 * @param columns the key columns in Hibernate's order
 */
record EntityKey(List<KeyColumn> columns) {

  /**
   * One key column.
   *
   * @param logical the column name as mapped, before naming: what a join column is named after
   * @param physical the physical name
   * @param type the column type, which a referencing column takes
   */
  record KeyColumn(String logical, PhysicalName physical, ColumnType type) {
    String name() {
      return physical.stored();
    }
  }

  boolean simple() {
    return columns.size() == 1;
  }

  KeyColumn single() {
    return columns.get(0);
  }

  List<String> names() {
    return columns.stream().map(KeyColumn::name).toList();
  }
}
