package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Table;
import java.util.List;

/** One step of a revision. */
public sealed interface Operation
    permits CreateTable,
        DropTable,
        RenameTable,
        AddColumn,
        DropColumn,
        RenameColumn,
        AlterColumnType,
        AlterColumnNullability,
        AlterColumnDefault,
        AlterColumnIdentity,
        AddPrimaryKey,
        AddUnique,
        AddCheck,
        AddForeignKey,
        DropConstraint,
        RenameConstraint,
        CreateIndex,
        DropIndex,
        RenameIndex,
        CreateSequence,
        AlterSequence,
        DropSequence,
        SetTableComment,
        SetColumnComment,
        CustomOperation {

  /** The table or sequence the operation acts on, so a message can point at the entity behind it. */
  String subject();

  /** What the operation does, for messages and revision descriptions: {@code add column trade.venue}. */
  String describe();

  /** The schema after this operation; fails if the operation does not fit {@code schema}. */
  default Schema applyTo(Schema schema) {
    return applyTo(schema.toBuilder()).build();
  }

  /**
   * Applies this operation to {@code schema} in place and returns it; fails if the operation does
   * not fit. What only the whole schema can tell (a foreign key to a dropped table) is checked when
   * the builder is built.
   */
  Schema.Builder applyTo(Schema.Builder schema);

  /** {@code schema} after {@code operations} in order, checked once at the end. */
  static Schema applyAll(Schema schema, List<? extends Operation> operations) {
    Schema.Builder builder = schema.toBuilder();
    for (Operation operation : operations) {
      operation.applyTo(builder);
    }
    return builder.build();
  }

  /** Calls the {@code visitor} method for this operation's kind. */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per operation kind. Adding a kind breaks every visitor at compile time, which is
   * the point: the renderer, the JSON codec and the code generator must all learn it.
   */
  interface Visitor<R> {
    R visit(CreateTable operation);

    R visit(DropTable operation);

    R visit(RenameTable operation);

    R visit(AddColumn operation);

    R visit(DropColumn operation);

    R visit(RenameColumn operation);

    R visit(AlterColumnType operation);

    R visit(AlterColumnNullability operation);

    R visit(AlterColumnDefault operation);

    R visit(AlterColumnIdentity operation);

    R visit(AddPrimaryKey operation);

    R visit(AddUnique operation);

    R visit(AddCheck operation);

    R visit(AddForeignKey operation);

    R visit(DropConstraint operation);

    R visit(RenameConstraint operation);

    R visit(CreateIndex operation);

    R visit(DropIndex operation);

    R visit(RenameIndex operation);

    R visit(CreateSequence operation);

    R visit(AlterSequence operation);

    R visit(DropSequence operation);

    R visit(SetTableComment operation);

    R visit(SetColumnComment operation);

    /**
     * An operation of an {@link OperationExtension}. The renderer, the JSON codec and the code
     * generator handle every kind through {@link CustomOperation}'s own methods; a visitor that has
     * no use for custom operations may leave this default, which refuses them by name.
     */
    default R visit(CustomOperation operation) {
      throw new UnsupportedOperationException(getClass().getName() + " does not handle custom operation "
          + operation.kind() + ": " + operation.describe());
    }
  }

  static Table requireTable(Schema schema, String table) {
    return schema.table(table).orElseThrow(() -> new IllegalStateException("no table " + table));
  }

  static Table requireTable(Schema.Builder schema, String table) {
    return schema.table(table).orElseThrow(() -> new IllegalStateException("no table " + table));
  }

  static Column requireColumn(Schema.Builder schema, String table, String column) {
    return requireTable(schema, table)
        .column(column)
        .orElseThrow(() -> new IllegalStateException("no column " + table + "." + column));
  }

  static Column requireColumn(Schema schema, String table, String column) {
    return requireTable(schema, table)
        .column(column)
        .orElseThrow(() -> new IllegalStateException("no column " + table + "." + column));
  }
}
