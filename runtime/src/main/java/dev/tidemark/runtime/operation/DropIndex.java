package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Table;

public record DropIndex(String table, String name) implements Operation {

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
    return "drop index " + name + " on " + table;
  }

  @Override
  public Schema.Builder applyTo(Schema.Builder schema) {
    Table existing = Operation.requireTable(schema, table);
    if (existing.index(name).isEmpty()) {
      throw new IllegalStateException("table " + table + " has no index " + name);
    }
    return schema.withTable(existing.withoutIndex(name));
  }
}
