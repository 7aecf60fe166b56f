package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.Schema;

/** Adds a column; its comment, if it has one, is an operation of its own. */
public record AddColumn(String table, Column column) implements Operation {

  public AddColumn {
    if (column.comment() != null) {
      throw new IllegalArgumentException("add column " + table + "." + column.name()
          + " cannot carry a comment; comment on column is an operation of its own");
    }
  }

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
    return "add column " + table + "." + column.describe();
  }

  @Override
  public Schema.Builder applyTo(Schema.Builder schema) {
    return schema.withTable(Operation.requireTable(schema, table).withColumn(column));
  }
}
