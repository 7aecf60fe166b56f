package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.Schema;

public record DropTable(String table) implements Operation {

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
    return "drop table " + table;
  }

  @Override
  public Schema.Builder applyTo(Schema.Builder schema) {
    Operation.requireTable(schema, table);
    return schema.withoutTable(table);
  }
}
