package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Sequence;

/**
 * Changes a sequence's recorded start and its increment in place, keeping its current value: a
 * drop and create would hand out identifiers again.
 */
public record AlterSequence(Sequence sequence) implements Operation {

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
    return "alter sequence " + sequence.name() + " start " + sequence.start() + " increment " + sequence.increment();
  }

  @Override
  public Schema.Builder applyTo(Schema.Builder schema) {
    if (schema.sequence(sequence.name()).isEmpty()) {
      throw new IllegalStateException("no sequence " + sequence.name());
    }
    return schema.withSequence(sequence);
  }
}
