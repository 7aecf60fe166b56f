package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.UniqueConstraint;

public record AddUnique(String table, UniqueConstraint unique) implements Operation {

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
    return "add unique " + table + "(" + String.join(", ", unique.columns()) + ")";
  }

  @Override
  public Schema.Builder applyTo(Schema.Builder schema) {
    return schema.withTable(Operation.requireTable(schema, table).withUnique(unique));
  }
}
