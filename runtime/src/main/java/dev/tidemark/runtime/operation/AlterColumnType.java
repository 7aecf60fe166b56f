package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.PostgresNames;
import dev.tidemark.runtime.schema.Schema;

/** Changes a column's type; existing values are cast to the new type. */
public record AlterColumnType(String table, String column, String type) implements Operation {

  public AlterColumnType {
    PostgresNames.requireTypeName(type, "column " + table + "." + column);
  }

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
    return "alter column " + table + "." + column + " type " + type;
  }

  @Override
  public Schema.Builder applyTo(Schema.Builder schema) {
    Operation.requireColumn(schema, table, column);
    return schema.withTable(
        Operation.requireTable(schema, table).withColumnChanged(column, old -> old.withType(type)));
  }
}
