package dev.tidemark.runtime.internal.safety;

import dev.tidemark.runtime.sql.SqlStatement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * How to run one revision: its phases in order, and how to wait for locks.
 *
 * <p>The executor's contract: run the phases in order, each in its own transaction or alone;
 * record in the history that phase {@code i} is done (in the phase's own transaction when it is
 * transactional), so that a restart resumes at the first phase not done; write the revision's
 * history row in the last transactional phase, or in a transaction of its own when the last phase
 * is not transactional. Retry a phase that failed on a lock timeout as {@link #lockRetry} says.
 * Apply the statement timeout to transactional phases only: a concurrent build blocks no one, and
 * on a large table it may rightly take longer than any statement should hold a lock.
 *
 * @param phases the phases; a plain plan is one transaction
 * @param lockRetry the lock timeout and retries, or {@code null} to wait for locks without a limit
 */
public record ExecutionPlan(List<Phase> phases, LockRetry lockRetry) {

  public ExecutionPlan {
    phases = List.copyOf(phases);
  }

  /** The statements in order, for dry runs and the ledger's previews. */
  public List<SqlStatement> statements() {
    return phases.stream().flatMap(phase -> phase.steps().stream()).map(Step::statement).toList();
  }

  /**
   * The plan as a script a DBA can read or run with psql: each transactional phase between
   * {@code begin} and {@code commit}, each other statement alone, a guarded one with its condition.
   */
  public String script() {
    StringBuilder script = new StringBuilder();
    for (Phase phase : phases) {
      script.append(script.isEmpty() ? "" : "\n").append(phase.transactional() ? "begin;\n" : "");
      for (Step step : phase.steps()) {
        if (step.guard() != null) {
          script.append("-- only when ").append(step.guard().query()).append(" ").append(step.guard().parameters())
              .append("\n");
        }
        script.append(step.statement().sql()).append(";\n");
      }
      script.append(phase.transactional() ? "commit;\n" : "");
    }
    return script.toString();
  }

  /** The SHA-256 of {@link #script}: progress recorded under one plan resumes only under the same plan. */
  public String fingerprint() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(script().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }

  /** Whether the revision runs as one transaction, all or nothing. */
  public boolean atomic() {
    return phases.size() <= 1 && phases.stream().allMatch(Phase::transactional);
  }
}
