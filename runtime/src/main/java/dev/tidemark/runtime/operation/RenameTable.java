package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.Schema;

/** Renames a table; PostgreSQL keeps its data, and its constraints keep their names. */
public record RenameTable(String from, String to) implements Operation {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String subject() {
    return to;
  }

  @Override
  public String describe() {
    return "rename table " + from + " to " + to;
  }

  @Override
  public Schema.Builder applyTo(Schema.Builder schema) {
    Operation.requireTable(schema, from);
    if (schema.table(to).isPresent()) {
      throw new IllegalStateException("table " + to + " exists already");
    }
    return schema.withTableRenamed(from, to);
  }
}
