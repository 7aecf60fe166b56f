package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.Schema;

/** Renames a column; PostgreSQL keeps its data and updates keys, indexes and checks that use it. */
public record RenameColumn(String table, String from, String to) implements Operation {

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
    return "rename column " + table + "." + from + " to " + to;
  }

  @Override
  public Schema.Builder applyTo(Schema.Builder schema) {
    Operation.requireColumn(schema, table, from);
    if (Operation.requireTable(schema, table).column(to).isPresent()) {
      throw new IllegalStateException("column " + table + "." + to + " exists already");
    }
    return schema.withColumnRenamed(table, from, to);
  }
}
