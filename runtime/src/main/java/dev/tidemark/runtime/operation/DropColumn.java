package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.Schema;

public record DropColumn(String table, String column) implements Operation {

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
    return "drop column " + table + "." + column;
  }

  @Override
  public Schema.Builder applyTo(Schema.Builder schema) {
    Operation.requireColumn(schema, table, column);
    return schema.withTable(Operation.requireTable(schema, table).withoutColumn(column));
  }
}
