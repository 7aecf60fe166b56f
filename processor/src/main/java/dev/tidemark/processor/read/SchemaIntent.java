package dev.tidemark.processor.read;

import dev.tidemark.runtime.diff.RenameHints;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the entities of one schema say about a change beyond the mapping: renames
 * ({@code @RenamedFrom}) and drops the developer accepted ({@code @AcknowledgeDrop}).
 *
 * @param renames the rename hints for the diff
 * @param droppedTables tables whose drop is acknowledged
 * @param droppedColumns columns whose drop is acknowledged, by table
 */
public record SchemaIntent(RenameHints renames, Set<String> droppedTables, Map<String, Set<String>> droppedColumns) {

  public static final SchemaIntent NONE = new SchemaIntent(RenameHints.NONE, Set.of(), Map.of());

  public boolean dropAcknowledged(String table) {
    return droppedTables.contains(table);
  }

  public boolean dropAcknowledged(String table, String column) {
    return droppedColumns.getOrDefault(table, Set.of()).contains(column);
  }

  static SchemaIntent of(List<RenameHints.TableRename> tables, List<RenameHints.ColumnRename> columns,
      Set<String> droppedTables, Map<String, Set<String>> droppedColumns) {
    return new SchemaIntent(new RenameHints(tables, columns), Set.copyOf(droppedTables), Map.copyOf(droppedColumns));
  }
}
