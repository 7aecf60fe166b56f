package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Table;

/** Drops a primary key, unique, check or foreign key constraint by name. */
public record DropConstraint(String table, String name) implements Operation {

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
    return "drop constraint " + table + "." + name;
  }

  @Override
  public Schema.Builder applyTo(Schema.Builder schema) {
    Table existing = Operation.requireTable(schema, table);
    if (!existing.hasConstraint(name)) {
      throw new IllegalStateException("table " + table + " has no constraint " + name);
    }
    return schema.withTable(existing.withoutConstraint(name));
  }
}
