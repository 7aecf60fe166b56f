package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.Schema;

/** Sets a column comment, or removes it when {@code comment} is null. */
public record SetColumnComment(String table, String column, String comment) implements Operation {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String subject() {
    return table;
  }

  @Override
  public String describe() {
    return (comment == null ? "drop comment on column " : "comment on column ") + table + "." + column;
  }

  @Override
  public Schema.Builder applyTo(Schema.Builder schema) {
    Operation.requireColumn(schema, table, column);
    return schema.withTable(Operation.requireTable(schema, table)
        .withColumnChanged(column, old -> old.comment(comment)));
  }
}
