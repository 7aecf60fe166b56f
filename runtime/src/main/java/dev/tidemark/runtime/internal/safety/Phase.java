package dev.tidemark.runtime.internal.safety;

import java.util.List;

/**
 * What the executor runs and commits as one unit: a transaction of statements, or a single
 * statement outside any transaction ({@code create index concurrently}). A phase that fails part
 * way may be run again: a transaction rolled back; a non-transactional statement is idempotent.
 *
 * @param transactional whether the steps run in one transaction
 * @param steps the steps, in order; exactly one when not transactional
 */
public record Phase(boolean transactional, List<Step> steps) {

  public Phase {
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a phase has at least one step");
    }
    if (!transactional && steps.size() != 1) {
      throw new IllegalArgumentException("a phase outside a transaction has exactly one step");
    }
    if (transactional && steps.stream().anyMatch(step -> !step.statement().transactional())) {
      throw new IllegalArgumentException("a transaction cannot hold a statement that must run outside one: " + steps);
    }
  }
}
