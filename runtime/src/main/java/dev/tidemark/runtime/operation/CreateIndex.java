package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.Index;
import dev.tidemark.runtime.schema.Schema;

public record CreateIndex(String table, Index index) implements Operation {

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
    return "create " + (index.unique() ? "unique " : "") + "index " + index.name() + " on " + table
        + "(" + String.join(", ", index.columnSpecs()) + ")";
  }

  @Override
  public Schema.Builder applyTo(Schema.Builder schema) {
    return schema.withTable(Operation.requireTable(schema, table).withIndex(index));
  }
}
