package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.Schema;

public record DropSequence(String sequence) implements Operation {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String subject() {
    return sequence;
  }

  @Override
  public String describe() {
    return "drop sequence " + sequence;
  }

  @Override
  public Schema.Builder applyTo(Schema.Builder schema) {
    if (schema.sequence(sequence).isEmpty()) {
      throw new IllegalStateException("no sequence " + sequence);
    }
    return schema.withoutSequence(sequence);
  }
}
