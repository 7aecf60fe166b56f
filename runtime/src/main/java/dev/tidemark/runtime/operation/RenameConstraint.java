package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Table;

/** Renames a constraint, as needed when its table was renamed and the name derives from it. */
public record RenameConstraint(String table, String from, String to) implements Operation {

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
    return "rename constraint " + table + "." + from + " to " + to;
  }

  @Override
  public Schema.Builder applyTo(Schema.Builder schema) {
    Table existing = Operation.requireTable(schema, table);
    if (!existing.hasConstraint(from)) {
      throw new IllegalStateException("table " + table + " has no constraint " + from);
    }
    return schema.withTable(existing.withConstraintRenamed(from, to));
  }
}
