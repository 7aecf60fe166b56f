package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Table;

public record RenameIndex(String table, String from, String to) implements Operation {

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
    return "rename index " + from + " on " + table + " to " + to;
  }

  @Override
  public Schema.Builder applyTo(Schema.Builder schema) {
    Table existing = Operation.requireTable(schema, table);
    if (existing.index(from).isEmpty()) {
      throw new IllegalStateException("table " + table + " has no index " + from);
    }
    return schema.withTable(existing.withIndexRenamed(from, to));
  }
}
