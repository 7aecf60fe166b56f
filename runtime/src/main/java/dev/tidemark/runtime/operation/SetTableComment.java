package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.Schema;

/** Sets the table comment, or removes it when {@code comment} is null. */
public record SetTableComment(String table, String comment) implements Operation {

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
    return (comment == null ? "drop comment on table " : "comment on table ") + table;
  }

  @Override
  public Schema.Builder applyTo(Schema.Builder schema) {
    return schema.withTable(Operation.requireTable(schema, table).withComment(comment));
  }
}
