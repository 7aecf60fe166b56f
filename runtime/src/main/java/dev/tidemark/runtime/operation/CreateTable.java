package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Table;

/** Creates a table with its columns and its primary key, unique and check constraints. */
public record CreateTable(Table table) implements Operation {

  public CreateTable {
    if (!table.equals(table.createdPart())) {
      throw new IllegalArgumentException("create table " + table.name()
          + " cannot carry foreign keys, indexes or comments; they are operations of their own");
    }
  }

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
  public Schema.Builder applyTo(Schema.Builder schema) {
    if (schema.table(table.name()).isPresent()) {
      throw new IllegalStateException("table " + table.name() + " exists already");
    }
    return schema.withTable(table);
  }
}
