package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.Schema;

/** Sets a column's default (an SQL expression), or drops it when {@code defaultValue} is null. */
public record AlterColumnDefault(String table, String column, String defaultValue) implements Operation {

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
    return "alter column " + table + "." + column + (defaultValue == null ? " drop default" : " set default " + defaultValue);
  }

  @Override
  public Schema.Builder applyTo(Schema.Builder schema) {
    Operation.requireColumn(schema, table, column);
    return schema.withTable(Operation.requireTable(schema, table)
        .withColumnChanged(column, old -> old.defaultValue(defaultValue)));
  }
}
