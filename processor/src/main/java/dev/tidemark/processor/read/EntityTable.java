package dev.tidemark.processor.read;

import dev.tidemark.runtime.diff.RenameHints;
import dev.tidemark.runtime.schema.Sequence;
import dev.tidemark.runtime.schema.Table;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * What one entity maps to.
 *
 * @param schema the schema of its table
 * @param table the table
 * @param sequences the sequences its identifier generator needs, each in its schema
 * @param entity the entity class, where messages about the table are reported
 * @param renamedFrom the table's previous name from {@code @RenamedFrom}, or {@code null}
 * @param columnRenames the column renames its attributes declare
 * @param droppedColumns columns of its table whose drop it acknowledges
 * @param droppedTables tables whose drop it acknowledges, possibly schema-qualified
 * @param collectionTables the join and collection tables its collections map to, and its generator table,
 *     each in its schema
 * @param sharedTables the collection tables its collections map to that are an entity's own table, each in its schema
 */
record EntityTable(String schema, Table table, List<InSchema<Sequence>> sequences, TypeElement entity, String renamedFrom,
    List<RenameHints.ColumnRename> columnRenames, List<String> droppedColumns, List<String> droppedTables,
    List<InSchema<Table>> collectionTables, List<InSchema<Table>> sharedTables) {

  /** This entity's tables with its own table replaced by {@code merged}. */
  EntityTable withTable(Table merged) {
    return new EntityTable(schema, merged, sequences, entity, renamedFrom, columnRenames, droppedColumns, droppedTables,
        collectionTables, sharedTables);
  }
}
