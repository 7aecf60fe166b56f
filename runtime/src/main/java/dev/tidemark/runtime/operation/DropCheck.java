package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Table;

public record DropCheck(String table, String name) implements Operation {

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
    return "drop check " + table + "." + name;
  }

  @Override
  public Schema applyTo(Schema schema) {
    Table existing = Operation.requireTable(schema, table);
    if (existing.check(name).isEmpty()) {
      throw new IllegalStateException("table " + table + " has no check " + name);
    }
    return schema.withTable(existing.withoutCheck(name));
  }
}
