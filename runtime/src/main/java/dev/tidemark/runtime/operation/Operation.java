package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Table;

/** One step of a revision. */
public sealed interface Operation
    permits CreateTable,
        DropTable,
        AddColumn,
        DropColumn,
        AlterColumnType,
        AlterColumnNullability,
        AddPrimaryKey,
        DropPrimaryKey,
        AddCheck,
        DropCheck,
        CreateSequence,
        AlterSequence,
        DropSequence {

  /** The table or sequence the operation acts on, so a message can point at the entity behind it. */
  String subject();

  /** What the operation does, for messages and revision descriptions: {@code add column trade.venue}. */
  String describe();

  /** The schema after this operation; fails if the operation does not fit {@code schema}. */
  Schema applyTo(Schema schema);

  /** Calls the {@code visitor} method for this operation's kind. */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per operation kind. Adding a kind breaks every visitor at compile time, which is
   * the point: the renderer, the JSON codec and the code generator must all learn it.
   */
  interface Visitor<R> {
    R visit(CreateTable operation);

    R visit(DropTable operation);

    R visit(AddColumn operation);

    R visit(DropColumn operation);

    R visit(AlterColumnType operation);

    R visit(AlterColumnNullability operation);

    R visit(AddPrimaryKey operation);

    R visit(DropPrimaryKey operation);

    R visit(AddCheck operation);

    R visit(DropCheck operation);

    R visit(CreateSequence operation);

    R visit(AlterSequence operation);

    R visit(DropSequence operation);
  }

  static Table requireTable(Schema schema, String table) {
    return schema.table(table).orElseThrow(() -> new IllegalStateException("no table " + table));
  }

  static Column requireColumn(Schema schema, String table, String column) {
    return requireTable(schema, table)
        .column(column)
        .orElseThrow(() -> new IllegalStateException("no column " + table + "." + column));
  }
}
