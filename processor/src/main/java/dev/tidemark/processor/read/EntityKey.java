package dev.tidemark.processor.read;

import java.util.Comparator;
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
   * @param attribute the path of the key attribute that maps it ({@code book.code}): Hibernate lists a
   *     composite key's attributes by name where it does not sort its columns
   */
  record KeyColumn(String logical, PhysicalName physical, ColumnType type, String attribute) {
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

  /** The key columns in the order of their attributes' names, as Hibernate binds a composite key's attributes. */
  List<KeyColumn> byAttribute() {
    return columns.stream().sorted(Comparator.comparing(KeyColumn::attribute)).toList();
  }
}
