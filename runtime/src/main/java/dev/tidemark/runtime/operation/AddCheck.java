package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.CheckConstraint;
import dev.tidemark.runtime.schema.Schema;

public record AddCheck(String table, CheckConstraint check) implements Operation {

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
    return "add check " + table + "." + check.name();
  }

  @Override
  public Schema.Builder applyTo(Schema.Builder schema) {
    return schema.withTable(Operation.requireTable(schema, table).withCheck(check));
  }
}
