package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.Schema;

/** {@code set not null} or {@code drop not null}. */
public record AlterColumnNullability(String table, String column, boolean nullable) implements Operation {

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
    return "alter column " + table + "." + column + (nullable ? " drop not null" : " set not null");
  }

  @Override
  public Schema.Builder applyTo(Schema.Builder schema) {
    Operation.requireColumn(schema, table, column);
    return schema.withTable(
        Operation.requireTable(schema, table).withColumnChanged(column, old -> old.withNullable(nullable)));
  }
}
