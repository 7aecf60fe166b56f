package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Sequence;

public record CreateSequence(Sequence sequence) implements Operation {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String subject() {
    return sequence.name();
  }

  @Override
  public String describe() {
    return "create sequence " + sequence.name();
  }

  @Override
  public Schema.Builder applyTo(Schema.Builder schema) {
    if (schema.sequence(sequence.name()).isPresent()) {
      throw new IllegalStateException("sequence " + sequence.name() + " exists already");
    }
    return schema.withSequence(sequence);
  }
}
