package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.PostgresNames;
import dev.tidemark.runtime.schema.Schema;

/**
 * Changes a column's type. Existing values are cast to the new type, or computed by {@code using}
 * when a cast would change what they mean (an enum stored by ordinal now stored by name).
 *
 * @param using the SQL expression that computes each new value from the old one, or null for a cast
 */
public record AlterColumnType(String table, String column, String type, String using) implements Operation {

  public AlterColumnType {
    PostgresNames.requireTypeName(type, "column " + table + "." + column);
    if (using != null && using.isBlank()) {
      throw new IllegalArgumentException("column " + table + "." + column + " has a blank conversion; give null to cast");
    }
  }

  /** A type change whose values are cast. */
  public AlterColumnType(String table, String column, String type) {
    this(table, column, type, null);
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
    return "alter column " + table + "." + column + " type " + type + (using == null ? "" : " using " + using);
  }

  @Override
  public Schema.Builder applyTo(Schema.Builder schema) {
    Operation.requireColumn(schema, table, column);
    return schema.withTable(
        Operation.requireTable(schema, table).withColumnChanged(column, old -> old.withType(type)));
  }
}
