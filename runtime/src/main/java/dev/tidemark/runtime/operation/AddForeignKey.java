package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.ForeignKey;
import dev.tidemark.runtime.schema.Schema;

public record AddForeignKey(String table, ForeignKey foreignKey) implements Operation {

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
    return "add foreign key " + table + "(" + String.join(", ", foreignKey.columns()) + ") -> "
        + (foreignKey.crossSchema() ? foreignKey.referencedSchema() + "." : "") + foreignKey.referencedTable() + "(" + String.join(", ", foreignKey.referencedColumns()) + ")";
  }

  @Override
  public Schema.Builder applyTo(Schema.Builder schema) {
    return schema.withTable(Operation.requireTable(schema, table).withForeignKey(foreignKey));
  }
}
