package dev.tidemark.runtime.diff;

import java.util.List;
import java.util.Objects;

/**
 * Renames the diff may use. Tidemark never guesses a rename: without a hint, a table or column
 * that disappears is dropped and its replacement created.
 *
 * @param tables tables renamed
 * @param columns columns renamed, each named by its table's name in the target model
 */
public record RenameHints(List<TableRename> tables, List<ColumnRename> columns) {

  public static final RenameHints NONE = new RenameHints(List.of(), List.of());

  /** Table {@code from} is now called {@code to}. */
  public record TableRename(String from, String to) {}

  /** Column {@code from} of {@code table} (its name in the target model) is now called {@code to}. */
  public record ColumnRename(String table, String from, String to) {}

  public RenameHints {
    tables = List.copyOf(tables);
    columns = List.copyOf(columns);
  }

  /** The hints for the opposite diff, from the target back to the source. */
  public RenameHints reversed() {
    return new RenameHints(
        tables.stream().map(rename -> new TableRename(rename.to(), rename.from())).toList(),
        columns.stream().map(rename -> new ColumnRename(sourceName(rename.table()), rename.to(), rename.from())).toList());
  }

  private String sourceName(String targetTable) {
    return tables.stream().filter(rename -> rename.to().equals(targetTable)).map(TableRename::from)
        .findFirst().orElse(targetTable);
  }

  static RenameHints orNone(RenameHints hints) {
    return Objects.requireNonNullElse(hints, NONE);
  }
}
