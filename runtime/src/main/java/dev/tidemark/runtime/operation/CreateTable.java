package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Table;

public record CreateTable(Table table) implements Operation {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String subject() {
    return table.name();
  }

  @Override
  public String describe() {
    return "create table " + table.name();
  }

  @Override
  public Schema applyTo(Schema schema) {
    if (schema.table(table.name()).isPresent()) {
      throw new IllegalStateException("table " + table.name() + " exists already");
    }
    return schema.withTable(table);
  }
}
