package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.PrimaryKey;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Table;

public record AddPrimaryKey(String table, PrimaryKey primaryKey) implements Operation {

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
    return "add primary key " + table + "(" + String.join(", ", primaryKey.columns()) + ")";
  }

  @Override
  public Schema.Builder applyTo(Schema.Builder schema) {
    Table existing = Operation.requireTable(schema, table);
    if (existing.primaryKey() != null) {
      throw new IllegalStateException("table " + table + " has a primary key already");
    }
    return schema.withTable(existing.withPrimaryKey(primaryKey));
  }
}
