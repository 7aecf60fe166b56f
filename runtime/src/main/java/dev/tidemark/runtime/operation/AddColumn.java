package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.Schema;

public record AddColumn(String table, Column column) implements Operation {

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
  public Schema applyTo(Schema schema) {
    return schema.withTable(Operation.requireTable(schema, table).withColumn(column));
  }
}
