package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Table;

public record DropPrimaryKey(String table, String name) implements Operation {

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
    return "drop primary key " + table + "." + name;
  }

  @Override
  public Schema applyTo(Schema schema) {
    Table existing = Operation.requireTable(schema, table);
    if (existing.primaryKey() == null || !existing.primaryKey().name().equals(name)) {
      throw new IllegalStateException("table " + table + " has no primary key " + name);
    }
    return schema.withTable(existing.withPrimaryKey(null));
  }
}
